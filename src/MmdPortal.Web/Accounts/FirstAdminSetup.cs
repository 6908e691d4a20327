namespace MmdPortal.Web.Accounts;

/// <summary>Whether the bootstrap organisation still has no user, in which case every page leads to the
/// one-time set-up page. Known at start-up; the set-up page checks the database again before it acts, so a
/// stale flag on another instance can never create a second first admin.</summary>
public sealed class FirstAdminSetup
{
    public bool Needed { get; set; }

    public static WebApplication UseFirstAdminSetup(WebApplication app)
    {
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (context.RequestServices.GetRequiredService<FirstAdminSetup>().Needed
                && HttpMethods.IsGet(context.Request.Method)
                && !path.StartsWithSegments("/Account/Setup") && !path.StartsWithSegments("/api")
                && !path.StartsWithSegments("/healthz") && !path.StartsWithSegments("/openapi")
                && !path.StartsWithSegments("/api-reference")
                && !path.StartsWithSegments("/Error"))
            {
                context.Response.Redirect("/Account/Setup");
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }
}

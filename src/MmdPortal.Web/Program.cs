using System.Text.Json.Serialization;
using MmdPortal.Web.Cli;
using MmdPortal.Web.Data;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Organizations;
using MmdPortal.Web.Registrations;

if (await PortalCommands.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.AddPortalLogging();
builder.AddPortalErrorHandling();
builder.AddPortalDatabase();
builder.AddOrganizations();
builder.AddRegistrations();
builder.AddDevices();
builder.AddUploadLimits();
builder.Services.AddRazorPages();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UsePortalErrorHandling();
app.UseStaticFiles();
app.UseRouting();
app.UseUploadLimits();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/healthz");
app.MapOpenApi();
app.MapRegistrationsApi();
app.MapDevicesApi();
app.MapRazorPages();

app.Run();
return 0;

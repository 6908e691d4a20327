using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.RegularExpressions;
using MmdPortal.Data;
using MmdPortal.IntegrationTests.Lifecycle;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MmdPortal.IntegrationTests.Hostile;

/// <summary>Every mapped endpoint with an ID in its route, with every HTTP method it answers, and every page
/// handler that takes an ID from its form, called by another organisation with Contoso's real IDs (devices, uploads,
/// release requests, API keys, catalog models, users, licensed users): 404 (or, for a form post, exactly what an ID
/// that exists nowhere gets), never Contoso's data, and Contoso's data unchanged. The endpoints and handlers are
/// enumerated from the app, so a new one fails this test until its IDs are covered here.</summary>
public sealed partial class AuthorisationFuzzTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    // Page handlers that take an ID from the form rather than the route, as "Page.Handler(parameter)".
    private static readonly HashSet<string> CoveredFormIds = new(StringComparer.Ordinal)
    {
        "Catalog.Remove(id)", "Keys.Revoke(id)", "Users.Reset(userId)", "Releases.Release(requestId)",
        "Releases.Decline(requestId)", "Licences.Remove(userPrincipalName)", "Devices.Bulk(DeviceIds)",
        "Devices.GuideBulk(DeviceIds)",
        // Adds the name to the caller's own list, whoever else licenses it: tried below, it must not say who does.
        "Licences.Add(userPrincipalName)",
    };

    [Fact]
    public async Task AnotherOrganisation_GetsNotFoundFromEveryEndpointForEveryKindOfContosoId()
    {
        var contoso = await ContosoAsync();
        var fabrikam = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam"));
        var tried = new List<string>();
        foreach (var (route, methods) in ApiRoutesWithParameters())
        {
            foreach (var method in methods)
            {
                var url = Parameter().Replace(route, m => contoso.For(route, m.Groups[1].Value.Split(':')[0]));
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH") request.Content = JsonContent.Create(new { note = "hostile" });
                using var response = await fabrikam.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();

                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url}: {(int)response.StatusCode} {body}");
                contoso.AssertNotIn(body, $"{method} {url}");
                tried.Add($"{method} {route}");
            }
        }

        Assert.True(tried.Count >= 12, "Only these were tried: " + string.Join(", ", tried));
        await contoso.AssertUnchangedAsync();
    }

    [Fact]
    public async Task AnotherOrganisationsAdmin_GetsNotFoundOnEveryPageAndHandlerWithAContosoId()
    {
        var contoso = await ContosoAsync();
        await portal.CreateOrganizationWithAdminAsync("Woodgrove", "admin@woodgrove.test", "Woodgrove-Password-1");
        var woodgrove = await portal.SignedInClientAsync("admin@woodgrove.test", "Woodgrove-Password-1");
        woodgrove.DefaultRequestHeaders.Add("X-Hostile", "1");
        var token = SignIn.AntiforgeryToken(await (await woodgrove.GetAsync("/Keys")).ReadHtmlAsync());

        // Pages with an ID in the route: each of their handlers, GET and POST.
        var pages = PageRoutesWithParameters().ToList();
        Assert.NotEmpty(pages);
        foreach (var (route, model) in pages)
        {
            var url = Parameter().Replace(route, m => contoso.For(route, m.Groups[1].Value.Split(':')[0]));
            foreach (var (method, handler) in Handlers(model))
            {
                var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                using var response = method == "GET"
                    ? await woodgrove.GetAsync(target)
                    : await woodgrove.PostAsync(target, Form(token, ("note", "hostile")));
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {target}: {(int)response.StatusCode}");
                contoso.AssertNotIn(body, $"{method} {target}");
            }
        }

        // Handlers that take the ID from the form: what a Contoso ID gets is what an ID that exists nowhere gets.
        var formPosts = new (string Key, string Url, Func<bool, (string, string)[]> Fields)[]
        {
            ("Catalog.Remove(id)", "/Catalog?handler=Remove", real => [("id", real ? contoso.CatalogId : "987654")]),
            ("Keys.Revoke(id)", "/Keys?handler=Revoke", real => [("id", real ? contoso.KeyId : "987654")]),
            ("Users.Reset(userId)", "/Users?handler=Reset",
                real => [("userId", real ? contoso.UserId : "987654"), ("newPassword", "Hostile-Password-123")]),
            ("Releases.Release(requestId)", "/Releases?handler=Release", real => [("requestId", real ? contoso.ReleaseId : Guid.NewGuid().ToString())]),
            ("Releases.Decline(requestId)", "/Releases?handler=Decline", real => [("requestId", real ? contoso.ReleaseId : Guid.NewGuid().ToString())]),
            ("Licences.Remove(userPrincipalName)", "/Licences?handler=Remove",
                real => [("userPrincipalName", real ? contoso.Licensed : "nobody@nowhere.test")]),
            ("Devices.Bulk(DeviceIds)", "/Devices/Bulk",
                real => [("DeviceIds", real ? contoso.DeviceId : Guid.NewGuid().ToString()), ("action", "deregister")]),
            ("Devices.GuideBulk(DeviceIds)", "/Devices/GuideBulk",
                real => [("DeviceIds", real ? contoso.DeviceId : Guid.NewGuid().ToString()), ("Image", "SuppliedByPartner")]),
        };
        var handlersWithIds = FormIdHandlers().ToList();
        Assert.True(handlersWithIds.All(CoveredFormIds.Contains),
            "Page handlers take IDs that this test does not try with another organisation's: " +
            string.Join(", ", handlersWithIds.Where(h => !CoveredFormIds.Contains(h))));
        foreach (var (key, url, fields) in formPosts)
        {
            using var nowhere = await woodgrove.PostAsync(url, Form(token, fields(false)));
            var nowhereBody = Normalise(await nowhere.Content.ReadAsStringAsync()).Replace("nobody@nowhere.test", "NAME", StringComparison.Ordinal);
            using var real = await woodgrove.PostAsync(url, Form(token, fields(true)));
            var realBody = await real.Content.ReadAsStringAsync();

            Assert.True(real.StatusCode == nowhere.StatusCode && real.StatusCode != HttpStatusCode.Forbidden,
                $"{key}: a Contoso ID gets {(int)real.StatusCode}, an unknown one {(int)nowhere.StatusCode}");
            Assert.True(Normalise(realBody).Replace(contoso.Licensed, "NAME", StringComparison.Ordinal) == nowhereBody, $"{key}: the page answers a Contoso ID differently from an unknown one");
            contoso.AssertNotIn(realBody.Replace(contoso.Licensed, "", StringComparison.Ordinal), key);
        }

        // Woodgrove licenses a name Contoso licenses too: the same answer as for a name nobody licenses.
        using (var fresh = await woodgrove.PostAsync("/Licences?handler=Add", Form(token, ("userPrincipalName", "fresh.name@woodgrove.test"))))
        using (var shared = await woodgrove.PostAsync("/Licences?handler=Add", Form(token, ("userPrincipalName", contoso.Licensed))))
        {
            Assert.Equal(fresh.StatusCode, shared.StatusCode);
            var body = await shared.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Contoso", body.Replace(contoso.Licensed, "", StringComparison.OrdinalIgnoreCase), StringComparison.Ordinal);
        }

        await contoso.AssertUnchangedAsync();
    }

    private static string Normalise(string html) => VolatileParts().Replace(html, "");

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    private async Task<ContosoIds> ContosoAsync()
    {
        var api = portal.CreateApiClient();
        var seed = 9800 + Random.Shared.Next(100);
        var requestId = await portal.RegisterAsync(api, ("contoso-secret.csv", TestCsv.AutopilotWith([seed], ("CONTOSO-SECRET-BAD", "T0E="))));
        var rows = (await portal.WaitUntilCompletedAsync(api, requestId))["rows"]!.AsArray();
        var deviceId = rows.Single(r => r!["serialNumber"]!.GetValue<string>() == TestCsv.Serial(seed))!["deviceId"]!.GetValue<Guid>();

        // A release request held by Contoso: Northwind uploads the same hardware and asks for it.
        var northwind = portal.CreateApiClient(await portal.CreateOrganizationAsync($"Northwind {seed}"));
        var upload = await portal.RegisterAsync(northwind, ("same.csv", TestCsv.Autopilot(seed)));
        var claimed = (await portal.WaitUntilCompletedAsync(northwind, upload))["rows"]![0]!["deviceId"]!.GetValue<Guid>();
        var releaseId = await ReleaseRequestScenario.AskForAsync(northwind, claimed, "please");

        using (var added = await api.PostAsJsonAsync("/api/v1/catalog", new { manufacturer = "Contoso Secret Hardware", model = $"Secret {seed}" }))
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        using (var licence = await api.PostAsJsonAsync("/api/v1/licences", new { userPrincipalNames = new[] { $"secret.{seed}@contoso.com" } }))
            Assert.True(licence.IsSuccessStatusCode);
        var user = $"reader{seed}@contoso.test";
        await portal.CreateUserAsync(user, "Reader-Password-1234", MmdPortal.Web.Accounts.PortalRoles.Reader);

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var keyId = (await (await api.GetAsync("/api/v1/keys")).ReadJsonAsync())["items"]![0]!["id"]!.GetValue<int>();
        var catalogId = await db.CatalogModels.IgnoreQueryFilters().Where(m => m.Model == $"Secret {seed}").Select(m => m.Id).SingleAsync();
        var userId = await db.Users.IgnoreQueryFilters().Where(u => u.UserName == user).Select(u => u.Id).SingleAsync();
        return new ContosoIds(portal, api, deviceId, requestId, releaseId, keyId, catalogId, userId, $"secret.{seed}@contoso.com", TestCsv.Serial(seed));
    }

    private sealed record ContosoIds(PortalApplicationFactory Portal, HttpClient Api, Guid Device, Guid Upload, Guid Release,
        int Key, int Catalog, int User, string Licensed, string Serial)
    {
        public string DeviceId => Device.ToString();
        public string ReleaseId => Release.ToString();
        public string KeyId => Key.ToString(CultureInfo.InvariantCulture);
        public string CatalogId => Catalog.ToString(CultureInfo.InvariantCulture);
        public string UserId => User.ToString(CultureInfo.InvariantCulture);

        /// <summary>Contoso's ID for a route parameter; a parameter this test does not know fails it.</summary>
        public string For(string route, string parameter) => (parameter, route) switch
        {
            ("id", _) when route.StartsWith("/api/v1/devices", StringComparison.Ordinal) || route.StartsWith("/Devices", StringComparison.Ordinal) => DeviceId,
            ("id", _) when route.StartsWith("/api/v1/keys", StringComparison.Ordinal) => KeyId,
            ("id", _) when route.StartsWith("/api/v1/catalog", StringComparison.Ordinal) => CatalogId,
            ("requestId", _) when route.StartsWith("/api/v1/release-requests", StringComparison.Ordinal) => ReleaseId,
            ("requestId", _) when route.StartsWith("/api/v1/registrations", StringComparison.Ordinal) || route.StartsWith("/Requests", StringComparison.Ordinal) => Upload.ToString(),
            ("upn", _) => Uri.EscapeDataString(Licensed),
            _ => throw new Xunit.Sdk.XunitException(
                $"{route}: the route parameter '{parameter}' is new to the authorisation fuzz; give it another organisation's ID in ContosoIds.For."),
        };

        public void AssertNotIn(string body, string call)
        {
            foreach (var secret in (string[])[Serial, "CONTOSO-SECRET-BAD", "contoso-secret.csv", "Contoso Secret Hardware", Licensed])
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{call} shows Contoso's '{secret}'");
        }

        public async Task AssertUnchangedAsync()
        {
            var device = await (await Api.GetAsync($"/api/v1/devices/{Device}")).ReadJsonAsync();
            Assert.Equal("ReadyForUser", device["status"]!.GetValue<string>());
            Assert.Contains($"\"{Release}\"", (await (await Api.GetAsync("/api/v1/release-requests")).ReadJsonAsync()).ToJsonString(), StringComparison.Ordinal);
            Assert.Contains(Licensed, await (await Api.GetAsync("/api/v1/licences")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("Contoso Secret Hardware", await (await Api.GetAsync("/api/v1/catalog?search=Secret")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var keys = (await (await Api.GetAsync("/api/v1/keys")).ReadJsonAsync())["items"]!.AsArray();
            Assert.Contains(keys, k => k!["id"]!.GetValue<int>() == Key && k["revokedAt"] is null);
            await using var scope = Portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == User);
            Assert.True(await SignInWorksAsync(user.UserName), "the Contoso reader's password was changed");
        }

        private async Task<bool> SignInWorksAsync(string userName)
        {
            using var client = Portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
            using var response = await SignIn.SignInAsync(client, userName, "Reader-Password-1234");
            return response.RequestMessage!.RequestUri!.AbsolutePath != "/Account/SignIn";
        }
    }

    private IEnumerable<(string Route, IReadOnlyList<string> Methods)> ApiRoutesWithParameters() =>
        Endpoints().Where(e => e.Route.StartsWith("/api/", StringComparison.Ordinal) && e.Route.Contains('{', StringComparison.Ordinal))
            .GroupBy(e => e.Route)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.SelectMany(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Distinct().ToList()));

    private IEnumerable<(string Route, Type Model)> PageRoutesWithParameters() =>
        Endpoints().Where(e => e.Route.Contains('{', StringComparison.Ordinal))
            .Select(e => (e.Route, Model: e.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is { } page
                ? PageModelType(page.ViewEnginePath) : null))
            .Where(p => p.Model is not null)
            .Select(p => (p.Route, p.Model!))
            .DistinctBy(p => p.Route);

    private static Type? PageModelType(string viewEnginePath) =>
        typeof(Program).Assembly.GetType("MmdPortal.Web.Pages." + viewEnginePath.TrimStart('/').Replace('/', '.') + "Model");

    private IEnumerable<(string Route, RouteEndpoint Endpoint)> Endpoints() =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => ("/" + e.RoutePattern.RawText!.TrimStart('/'), e));

    // OnGet, OnGetFailedRowsAsync, OnPostRetryAsync... as (method, handler name).
    private static IEnumerable<(string Method, string Handler)> Handlers(Type model) =>
        model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => HandlerName().Match(m.Name))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value.ToUpperInvariant(), m.Groups[2].Value))
            .Distinct();

    // Handlers of pages without a route ID whose parameters (or bound list properties) are IDs.
    private static IEnumerable<string> FormIdHandlers()
    {
        foreach (var model in typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t)))
        {
            var page = model.Namespace!.Split('.')[^1];
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var name = HandlerName().Match(method.Name);
                if (!name.Success) continue;
                foreach (var parameter in method.GetParameters().Where(IsId))
                {
                    // From the route ("/Devices/{id:guid}", ".../Steps", ".../HandOver"): tried above.
                    if (parameter.Name == "id" && model.Name is "DetailModel" or "DeviceStepsModel" or "HandOverModel") continue;
                    if (parameter.Name == "requestId" && model.Name == "DetailModel") continue;
                    yield return $"{page}.{name.Groups[2].Value}({parameter.Name})";
                }
            }

            foreach (var property in model.GetProperties().Where(p => p.PropertyType == typeof(List<Guid>) || p.PropertyType == typeof(Guid[])))
                yield return $"{page}.{model.Name.Replace("Model", "", StringComparison.Ordinal)}({property.Name})";
        }
    }

    private static bool IsId(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromServicesAttribute>() is null
        && (parameter.ParameterType == typeof(Guid) || parameter.ParameterType == typeof(int)
            || parameter.Name!.EndsWith("Id", StringComparison.Ordinal) || parameter.Name == "id"
            || parameter.Name!.Contains("PrincipalName", StringComparison.Ordinal));

    [GeneratedRegex("\\{([^}]+)\\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("^On(Get|Post)(.*?)(Async)?$")]
    private static partial Regex HandlerName();

    // Antiforgery tokens and request IDs differ between any two responses.
    [GeneratedRegex("value=\"CfDJ8[^\"]*\"|[0-9A-F]{8,}:[0-9A-F]{8}|<request-id[^>]*>|data-request-id=\"[^\"]*\"|<code[^>]*>[^<]*</code>")]
    private static partial Regex VolatileParts();
}

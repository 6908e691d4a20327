using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MmdPortal.Web.Organizations;

namespace MmdPortal.IntegrationTests.Licences;

/// <summary>Scripts list licensed users with a read key, and add, import and remove them with an admin key.</summary>
public sealed class LicencesApiTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    private readonly HttpClient _api = portal.CreateApiClient();

    [Fact]
    public async Task Add_CountsAddedAndAlreadyLicensed()
    {
        await AddAsync("first.add@contoso.com");

        using var response = await _api.PostAsJsonAsync("/api/v1/licences",
            Body("First.Add@Contoso.com", "second.add@contoso.com", "second.add@contoso.com"));

        var body = await response.ReadJsonAsync();
        Assert.Equal(1, body["added"]!.GetValue<int>());
        Assert.Equal(1, body["alreadyLicensed"]!.GetValue<int>());
        Assert.Contains("second.add@contoso.com", await ListAsync(_api, "search=second.add"));
    }

    [Theory]
    [InlineData("""{ "userPrincipalNames": ["ok@contoso.com", "Adele Vance"] }""", "userPrincipalNames[1]")]
    [InlineData("""{ "userPrincipalNames": [] }""", "userPrincipalNames")]
    [InlineData("""{ }""", "userPrincipalNames")]
    public async Task Add_NotValid_Is400NamingTheItemAndStoresNothing(string json, string expected)
    {
        using var response = await _api.PostAsync("/api/v1/licences", new StringContent(json, MediaTypeHeaderValue.Parse("application/json")));

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem["detail"]!.GetValue<string>());
        Assert.DoesNotContain("ok@contoso.com", await ListAsync(_api));
    }

    [Fact]
    public async Task Add_MoreThanTenThousand_Is400()
    {
        var names = Enumerable.Range(0, 10_001).Select(i => $"u{i}@contoso.com").ToArray();

        using var response = await _api.PostAsJsonAsync("/api/v1/licences", new { userPrincipalNames = names });

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("at most 10,000", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_CsvWithHeader_LicensesItsUsers()
    {
        using var response = await ImportAsync("UserPrincipalName\r\nimport.one@contoso.com\r\nIMPORT.TWO@contoso.com\r\n");

        var body = await response.ReadJsonAsync();
        Assert.Equal(2, body["added"]!.GetValue<int>());
        Assert.Equal(2, (await ListAsync(_api, "search=import.")).Count);
    }

    [Fact]
    public async Task Import_BadLine_Is400NamingLineAndValueAndStoresNothing()
    {
        using var response = await ImportAsync("UPN\r\nhalf.one@contoso.com\r\nhalf two\r\n");

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(3, problem["line"]!.GetValue<int>());
        Assert.Contains("'half two'", problem["detail"]!.GetValue<string>());
        Assert.Empty(await ListAsync(_api, "search=half.one"));
    }

    [Fact]
    public async Task Remove_Is204ThenNotLicensedIs404()
    {
        await AddAsync("leaver@contoso.com");

        using var removed = await _api.DeleteAsync("/api/v1/licences/Leaver%40contoso.com");
        using var again = await _api.DeleteAsync("/api/v1/licences/leaver%40contoso.com");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(await ListAsync(_api, "search=leaver"));
    }

    [Fact]
    public async Task ReadKey_ListsButCannotChange()
    {
        var reader = portal.CreateApiClient(await portal.CreateApiKeyAsync(ApiScopes.Read));
        await AddAsync("scoped@contoso.com");

        using var list = await reader.GetAsync("/api/v1/licences");
        using var add = await reader.PostAsJsonAsync("/api/v1/licences", Body("r@contoso.com"));
        using var remove = await reader.DeleteAsync("/api/v1/licences/scoped%40contoso.com");
        using var anonymous = await portal.CreateClient().GetAsync("/api/v1/licences");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Paging_VisitsEveryUserOnce()
    {
        await AddAsync(Enumerable.Range(0, 7).Select(i => $"pager{i}@contoso.com").ToArray());

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            using var response = await _api.GetAsync("/api/v1/licences?pageSize=3&search=pager" + (cursor is null ? "" : $"&cursor={cursor}"));
            var page = await response.ReadJsonAsync();
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["userPrincipalName"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);

        Assert.Equal(7, seen.Distinct().Count());
        Assert.Equal(7, seen.Count);
    }

    [Theory]
    [InlineData("pageSize=0")]
    [InlineData("cursor=nonsense")]
    public async Task InvalidQuery_Is400(string query)
    {
        using var response = await _api.GetAsync($"/api/v1/licences?{query}");

        await response.ReadJsonAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnotherOrganisationsLicences_AreNeitherVisibleNorRemovable()
    {
        var other = portal.CreateApiClient(await portal.CreateOrganizationAsync("Fabrikam licences"));
        using (var added = await other.PostAsJsonAsync("/api/v1/licences", Body("fabrikam.only@contoso.com")))
            await added.ReadJsonAsync();

        using var remove = await _api.DeleteAsync("/api/v1/licences/fabrikam.only%40contoso.com");

        Assert.Empty(await ListAsync(_api, "search=fabrikam.only"));
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(["fabrikam.only@contoso.com"], await ListAsync(other));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheLicencesCalls()
    {
        var document = await (await portal.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync();

        var paths = document["paths"]!.AsObject();
        Assert.Equal("Licences", paths["/api/v1/licences/import"]!["post"]!["tags"]![0]!.GetValue<string>());
        Assert.NotNull(paths["/api/v1/licences"]!["get"]!["summary"]);
        Assert.NotNull(paths["/api/v1/licences/{upn}"]!["delete"]);
    }

    private static object Body(params string[] names) => new { userPrincipalNames = names };

    private async Task AddAsync(params string[] names)
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/licences", new { userPrincipalNames = names });
        await response.ReadJsonAsync();
    }

    private Task<HttpResponseMessage> ImportAsync(string csv)
    {
        var form = new MultipartFormDataContent();
        var part = new StringContent(csv);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "files", "users.csv");
        return _api.PostAsync("/api/v1/licences/import", form);
    }

    internal static async Task<List<string>> ListAsync(HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"/api/v1/licences?pageSize=500&{query}");
        return (await response.ReadJsonAsync())["items"]!.AsArray().Select(i => i!["userPrincipalName"]!.GetValue<string>()).ToList();
    }
}

using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using MmdPortal.Web.Accounts;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MmdPortal.IntegrationTests.EntraId;

/// <summary>The portal with the <c>AzureAd</c> section configured. Entra cannot be reached from here, so the
/// JWT bearer and OpenID Connect handlers get their configuration statically and trust a local test key: tokens
/// signed with it stand in for Entra's.</summary>
public sealed class EntraIdPortalFactory : PortalApplicationFactory
{
    public const string Instance = "https://login.entra.test/";
    public const string ClientId = "7d4c1a52-90d4-4d3c-9d8f-3f6a2b1c0e11";
    public const string Fabrikam = "aaaaaaaa-1111-4111-8111-000000000001";
    public const string Tailspin = "bbbbbbbb-2222-4222-8222-000000000002";
    public const string NotAllowed = "cccccccc-3333-4333-8333-000000000003";
    public const string AuthorizeEndpoint = Instance + "organizations/oauth2/v2.0/authorize";

    private static readonly SymmetricSecurityKey TestKey = new(RandomNumberGenerator.GetBytes(32)) { KeyId = "test-key" };

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureAd:Instance"] = Instance,
        ["AzureAd:TenantId"] = "organizations",
        ["AzureAd:ClientId"] = ClientId,
        ["AzureAd:ClientSecret"] = "not-a-real-secret",
        ["AzureAd:AllowedTenants:0:TenantId"] = Fabrikam,
        ["AzureAd:AllowedTenants:0:Organization"] = "Fabrikam",
        // The short form: a bare tenant ID, whose organisation is then named after it.
        ["AzureAd:AllowedTenants:1"] = Tailspin,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.PostConfigure<JwtBearerOptions>(EntraIdRegistration.BearerScheme, options =>
            {
                var configuration = new OpenIdConnectConfiguration();
                configuration.SigningKeys.Add(TestKey);
                options.Configuration = configuration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                options.TokenValidationParameters.IssuerSigningKey = TestKey;
                // Stands in for Microsoft's multi-tenant issuer check, which needs Entra's metadata.
                options.TokenValidationParameters.IssuerValidator = (issuer, _, _) =>
                    issuer.StartsWith(Instance, StringComparison.Ordinal) ? issuer
                    : throw new SecurityTokenInvalidIssuerException($"Unknown issuer {issuer}");
            });
            services.PostConfigure<OpenIdConnectOptions>(EntraIdRegistration.OpenIdConnectScheme, options =>
            {
                var configuration = new OpenIdConnectConfiguration
                {
                    AuthorizationEndpoint = AuthorizeEndpoint,
                    EndSessionEndpoint = Instance + "organizations/oauth2/v2.0/logout",
                    Issuer = Instance + "{tenantid}/v2.0",
                };
                options.Configuration = configuration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            });
        });
    }

    /// <summary>An access token for the portal's API as Entra issues it to a user of <paramref name="tenantId"/>.</summary>
    public static string CreateToken(string tenantId, string[] roles, string audience = ClientId, SecurityKey? key = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenantId,
            ["oid"] = Guid.NewGuid().ToString(),
            ["name"] = "Test User",
            ["preferred_username"] = "user@" + tenantId[..8] + ".test",
            ["scp"] = "access_as_user",
            // Microsoft.Identity.Web checks the audience by token version: a v2.0 token names the client ID.
            ["ver"] = "2.0",
        };
        if (roles.Length > 0) claims["roles"] = roles;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"{Instance}{tenantId}/v2.0",
            Audience = audience,
            Claims = claims,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? TestKey, SecurityAlgorithms.HmacSha256),
        });
    }

    public HttpClient CreateBearerClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>What Microsoft.Identity.Web hands to OnTokenValidated after checking an ID token.</summary>
    public static ClaimsPrincipal ValidatedUser(string tenantId, params string[] roles)
    {
        var claims = new List<Claim>
        {
            new("tid", tenantId), new("oid", Guid.NewGuid().ToString()), new("name", "Megan Bowen"),
            new("preferred_username", "megan@" + tenantId[..8] + ".test"),
        };
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "AuthenticationTypes.Federation"));
    }

    /// <summary>Signs a first admin of the tenant in (creating its organisation), as the web sign-in does.</summary>
    public async Task<EntraSignIn> SignInUserAsync(ClaimsPrincipal validated)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EntraSignIns>().SignInUserAsync(validated, CancellationToken.None);
    }
}

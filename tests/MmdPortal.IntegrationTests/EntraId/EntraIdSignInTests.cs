using System.Net;
using MmdPortal.Data;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.Organizations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MmdPortal.IntegrationTests.EntraId.EntraIdPortalFactory;

namespace MmdPortal.IntegrationTests.EntraId;

/// <summary>The pages with Entra ID: what a validated ID token turns into, and the redirect to Microsoft.</summary>
public sealed class EntraIdSignInTests(EntraIdPortalFactory portal) : IClassFixture<EntraIdPortalFactory>
{
    [Fact]
    public async Task AnonymousPage_RedirectsToTheAuthorityAuthorizeEndpoint()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/Devices");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(AuthorizeEndpoint + "?", location, StringComparison.Ordinal);
        Assert.Contains($"client_id={ClientId}", location, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fsignin-oidc", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_OffersMicrosoftAndPasswordsOnlyToSupportStaff()
    {
        using var client = portal.CreateClient();

        var html = await (await client.GetAsync("/Account/SignIn")).ReadHtmlAsync();

        Assert.Contains("Sign in with Microsoft", html, StringComparison.Ordinal);
        var support = html[html.IndexOf("<summary>Provider support staff</summary>", StringComparison.Ordinal)..];
        Assert.Contains("type=\"password\"", support, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"password\"", html[..html.IndexOf("<summary>Provider support staff</summary>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupportStaff_SignInWithTheirPassword_AndLandOnTheDesk()
    {
        await portal.CreateUserAsync("desk@provider-entra.test", "Support-Password-Entra-1", PortalRoles.Support);
        using var client = portal.CreateClient();

        using var response = await SignIn.SignInAsync(client, "desk@provider-entra.test", "Support-Password-Entra-1");

        Assert.Equal("/Support", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Request ID", await response.ReadHtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationsLocalAccount_CannotBypassEntraIdWithItsPassword()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await SignIn.SignInAsync(client, PortalApplicationFactory.AdminUser, PortalApplicationFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The user name or password is not correct.", await response.ReadHtmlAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith("MmdPortal.Auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FirstAdminOfAnAllowedTenant_CreatesItsOrganisationOnce()
    {
        var admin = await portal.SignInUserAsync(ValidatedUser(Fabrikam, EntraAppRoles.Admin));
        var reader = await portal.SignInUserAsync(ValidatedUser(Fabrikam.ToUpperInvariant(), EntraAppRoles.Reader));

        Assert.Null(admin.Refusal);
        Assert.True(admin.Principal!.IsInRole(PortalRoles.Admin));
        Assert.Equal("Fabrikam", admin.Principal.FindFirst(PortalClaims.OrganizationName)!.Value);
        Assert.Equal("Megan Bowen", admin.Principal.Identity!.Name);
        Assert.True(reader.Principal!.IsInRole(PortalRoles.Reader));
        Assert.False(reader.Principal.IsInRole(PortalRoles.Admin));
        Assert.Equal(admin.Principal.FindFirst(PortalClaims.OrganizationId)!.Value,
            reader.Principal.FindFirst(PortalClaims.OrganizationId)!.Value);
        Assert.Equal(1, await CountOrganizationsAsync(Fabrikam));
    }

    [Fact]
    public async Task ReaderBeforeAnyAdmin_IsRefusedUntilAnAdminSignsIn()
    {
        var early = await portal.SignInUserAsync(ValidatedUser(Tailspin, EntraAppRoles.Reader));
        var admin = await portal.SignInUserAsync(ValidatedUser(Tailspin, EntraAppRoles.Admin, EntraAppRoles.Reader));

        Assert.Equal(EntraRefusal.OrganizationNotSetUp, early.Refusal);
        Assert.True(admin.Principal!.IsInRole(PortalRoles.Admin));
        Assert.Equal($"Tenant {Tailspin}", admin.Principal.FindFirst(PortalClaims.OrganizationName)!.Value);
    }

    [Fact]
    public async Task TenantNotAllowed_IsRefusedAndGetsNoOrganisation()
    {
        var outcome = await portal.SignInUserAsync(ValidatedUser(NotAllowed, EntraAppRoles.Admin));

        Assert.Null(outcome.Principal);
        Assert.Equal(EntraRefusal.TenantNotAllowed, outcome.Refusal);
        Assert.Equal(0, await CountOrganizationsAsync(NotAllowed));
    }

    [Fact]
    public async Task UserWithoutAnAppRole_IsRefused()
    {
        var outcome = await portal.SignInUserAsync(ValidatedUser(Fabrikam, "Some.Other.Role"));

        Assert.Null(outcome.Principal);
        Assert.Equal(EntraRefusal.NoRole, outcome.Refusal);
    }

    [Fact]
    public async Task RefusalPage_ExplainsWhy()
    {
        using var client = portal.CreateClient();

        var html = await (await client.GetAsync("/Account/Denied?reason=TenantNotAllowed")).ReadHtmlAsync(HttpStatusCode.Forbidden);

        Assert.Contains("tenant is not allowed", html, StringComparison.Ordinal);
    }

    private async Task<int> CountOrganizationsAsync(string tenantId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Organizations.CountAsync(o => o.EntraTenantId == tenantId);
    }
}

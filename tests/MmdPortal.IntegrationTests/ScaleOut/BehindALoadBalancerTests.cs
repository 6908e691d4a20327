using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using MmdPortal.IntegrationTests.Pages;

namespace MmdPortal.IntegrationTests.ScaleOut;

/// <summary>Two instances on one database behind a balancer that alternates between them: an admin's whole path
/// (sign in, upload on the Devices page, watch the result) works although every form is posted to the instance
/// that did not render it, because antiforgery and cookie keys, uploads and registration work all live in the
/// database and nothing in one instance's memory is needed by the other.</summary>
public sealed class BehindALoadBalancerTests
{
    [Fact]
    public async Task AdminPath_WithoutSessionAffinity_RegistersAndShowsTheDevices()
    {
        using var first = new PortalApplicationFactory();
        using var second = first.SecondInstance();
        using var balancer = new RoundRobinBalancer(first, second);
        using var browser = new HttpClient(new RedirectHandler { InnerHandler = new CookieContainerHandler { InnerHandler = balancer } })
        {
            BaseAddress = first.Server.BaseAddress,
        };

        using (var signedIn = await SignIn.SignInAsync(browser, PortalApplicationFactory.AdminUser, PortalApplicationFactory.AdminPassword))
            Assert.Equal("/Devices", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        using (var uploaded = await PageForms.UploadOnDevicesPageAsync(browser, ("balanced.csv", TestCsv.Autopilot(7001, 7002))))
            Assert.Contains("2 devices uploaded.", await uploaded.ReadHtmlAsync());

        var blade = "";
        for (var attempt = 0; attempt < 300 && !blade.Contains("data-pending=\"false\""); attempt++)
        {
            if (attempt > 0) await Task.Delay(100);
            blade = await (await browser.GetAsync("/Devices")).ReadHtmlAsync();
        }

        Assert.Contains("Ready for user", RowFor(blade, TestCsv.Serial(7001)));
        Assert.Contains("Ready for user", RowFor(blade, TestCsv.Serial(7002)));
        Assert.All(balancer.Served, served => Assert.True(served >= 3, $"Requests per instance: {string.Join(", ", balancer.Served)}"));
    }

    private static string RowFor(string html, string serial) =>
        Regex.Match(html, $"<tr data-serial=\"{Regex.Escape(serial)}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
}

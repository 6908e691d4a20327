using System.Net;

namespace MmdPortal.IntegrationTests.Guide;

/// <summary>The guide walks through the five steps with the commands to copy, in English and in Dutch, and is reached
/// from the "+ Register devices" panel and the empty Devices blade.</summary>
public sealed class GuidePageTests(PortalApplicationFactory portal) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task InEnglish_TheFiveStepsTheFourWaysAndTheCommandsToCopy()
    {
        var browser = await portal.SignedInClientAsync();

        var page = WebUtility.HtmlDecode(await (await browser.GetAsync("/Devices/Guide")).ReadHtmlAsync());

        foreach (var step in new[] { "1. Obtain the hardware hash", "2. Merge the hash data", "3. Register the devices", "4. Check the image", "5. Deliver the device" })
            Assert.Contains($"<h2>{step}</h2>", page);
        Assert.Contains("From the manufacturer (OEM)", page);
        Assert.Contains("Run the report <strong>Windows Autopilot Device Information</strong>", page);
        Assert.Contains("WinRM is enabled on the devices.", page);
        Assert.Contains("Windows Management Instrumentation (WMI)", page);
        Assert.Contains("<code data-copy data-copy-label=\"Copy\" data-copy-title=\"Copy the command\" data-copied-label=\"Copied\" data-press-label=\"Press Ctrl+C\">Install-Script -Name Get-WindowsAutoPilotInfo</code>", page);
        Assert.Contains(">Get-WindowsAutoPilotInfo -ComputerName $env:computername -OutputFile .\\hardwarehash.csv -Append</code>", page);
        Assert.Contains(">Save-Script -Name Get-WindowsAutoPilotInfo -Path D:\\</code>", page);
        Assert.Contains("Set-ExecutionPolicy -Scope Process -ExecutionPolicy Unrestricted", page);
        Assert.Contains(">shutdown -s -t 0</code>", page);
        Assert.Contains("Never power the device on again until its registration is complete.", page);
        Assert.Contains("Configuration Manager, Intune and Autopilot", page);
        Assert.Contains("Not needed in this portal: upload all your files at once", page);
        Assert.Contains("action=\"/Devices?handler=Validate\"", page);
    }

    [Fact]
    public async Task InDutch_FromAcceptLanguage()
    {
        var browser = await portal.SignedInClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Devices/Guide");
        request.Headers.AcceptLanguage.ParseAdd("nl-NL");

        var page = WebUtility.HtmlDecode(await (await browser.SendAsync(request)).ReadHtmlAsync());

        Assert.Contains("<h1>Bestaande apparaten registreren</h1>", page);
        Assert.Contains("<h2>1. De hardware-hash ophalen</h2>", page);
        Assert.Contains("<h2>5. Het apparaat leveren</h2>", page);
        Assert.Contains("Zet het apparaat nooit meer aan voordat de registratie is voltooid.", page);
        Assert.Contains("<em>Registratie in behandeling</em>", page);
        Assert.Contains("data-copy-label=\"Kopiëren\"", page);
        Assert.DoesNotContain("Obtain the hardware hash", page);
    }

    [Fact]
    public async Task RegisterPanel_LinksToTheGuide()
    {
        var browser = await portal.SignedInClientAsync();

        var page = await (await browser.GetAsync("/Devices")).ReadHtmlAsync();

        var panel = page[page.IndexOf("id=\"register\"", StringComparison.Ordinal)..];
        Assert.Contains("<a href=\"/Devices/Guide\" id=\"guide-link\">", panel);
    }

    [Fact]
    public async Task EmptyBlade_LinksToTheGuide()
    {
        await portal.CreateOrganizationWithAdminAsync("Fabrikam empty", "admin@fabrikam-empty.test", PortalApplicationFactory.AdminPassword);
        var browser = await portal.SignedInClientAsync("admin@fabrikam-empty.test");

        var page = await (await browser.GetAsync("/Devices")).ReadHtmlAsync();

        var blade = page[page.IndexOf("id=\"blade\"", StringComparison.Ordinal)..page.IndexOf("id=\"register\"", StringComparison.Ordinal)];
        Assert.Contains("No devices yet.", blade);
        Assert.Contains("<a href=\"/Devices/Guide\" id=\"guide-link\">New to this? Follow the guide", blade);
    }
}

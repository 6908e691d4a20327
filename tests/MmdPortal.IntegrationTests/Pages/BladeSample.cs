namespace MmdPortal.IntegrationTests.Pages;

/// <summary>The small blade the blade tests look at: three devices with an assigned user and one bad row, uploaded
/// on the Devices page once per portal (a class fixture), and left pending for the test to advance.</summary>
public static class BladeSample
{
    public const string BadSerial = "BLADE-BAD-1";

    public static readonly int[] Seeds = [5000, 5001, 5002];

    /// <summary>Signs in as the admin and uploads the sample unless the blade already has devices.</summary>
    public static async Task<HttpClient> SignInWithSampleAsync(PortalApplicationFactory portal)
    {
        var browser = await portal.SignedInClientAsync();
        var page = await (await browser.GetAsync("/Devices")).ReadHtmlAsync();
        if (page.Contains("data-serial=", StringComparison.Ordinal)) return browser;
        var csv = $"{TestCsv.AutopilotHeader},Assigned User\r\n"
            + string.Concat(Seeds.Select(s => $"{TestCsv.Serial(s)},,{TestCsv.Hash(s)},adele@contoso.com\r\n"))
            + $"{BadSerial},,T0E=,\r\n";
        using var response = await PageForms.UploadOnDevicesPageAsync(browser, ("blade.csv", csv));
        Assert.Contains("id=\"request-id\"", await response.ReadHtmlAsync());
        return browser;
    }
}

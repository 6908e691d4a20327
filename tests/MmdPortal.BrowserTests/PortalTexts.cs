using System.Globalization;
using System.Text.RegularExpressions;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices;

namespace MmdPortal.BrowserTests;

/// <summary>
/// What a user of one language sees, so that each browser test runs in English and in Dutch and checks the words
/// of that language. The pages' own words are written out here; statuses, errors and what to do come from
/// <see cref="StatusText"/> in the test's culture, because they are StatusText's words (its own tests pin the
/// documentation's Dutch) and the pages must show exactly those.
/// </summary>
public sealed class PortalTexts
{
    public static readonly PortalTexts English = new()
    {
        Culture = "en", RegisterDevices = "Register devices", SignIn = "Sign in", UserName = "User name", Password = "Password",
        Search = "Search", FilterByStatus = "Filter by status", All = "All", SerialNumber = "Serial number",
        RegistrationIsComplete = "Registration is complete.", RegistrationIsInProgress = "Registration is in progress.",
        NothingWasRegistered = "Nothing was registered.", Retry = "Retry", RetryRegistration = "Retry registration",
        TwoDevicesRetried = new Regex("2 devices retried as request"), RegisteringAgain = "The device is registering again as request",
        SkipToContent = "Skip to content", Manufacturer = "Manufacturer", Model = "Model", AddModel = "Add model",
        RequestId = "Request ID", LookUp = "Look up", NoSuchRequest = "No such request", SelectFormat = "Select {0}",
        Copy = "Copy", Copied = "Copied", PressCtrlC = "Press Ctrl+C",
    };

    public static readonly PortalTexts Dutch = new()
    {
        Culture = "nl-NL", RegisterDevices = "Apparaten registreren", SignIn = "Aanmelden", UserName = "Gebruikersnaam", Password = "Wachtwoord",
        Search = "Zoeken", FilterByStatus = "Filteren op status", All = "Alle", SerialNumber = "Serienummer",
        RegistrationIsComplete = "De registratie is voltooid.", RegistrationIsInProgress = "De registratie wordt uitgevoerd.",
        NothingWasRegistered = "Er is niets geregistreerd.", Retry = "Opnieuw proberen", RetryRegistration = "Registratie opnieuw proberen",
        // "2 ... " is BulkSummary's count, in its own words; the verb is the page's.
        TwoDevicesRetried = new Regex("^2 .*opnieuw geprobeerd als aanvraag"), RegisteringAgain = "Het apparaat wordt opnieuw geregistreerd als aanvraag",
        SkipToContent = "Naar de inhoud gaan", Manufacturer = "Fabrikant", Model = "Model", AddModel = "Model toevoegen",
        RequestId = "Aanvraag-id", LookUp = "Opzoeken", NoSuchRequest = "Aanvraag niet gevonden", SelectFormat = "{0} selecteren",
        Copy = "Kopiëren", Copied = "Gekopieerd", PressCtrlC = "Druk op Ctrl+C",
    };

    public required string Culture { get; init; }
    public required string RegisterDevices { get; init; }
    public required string SignIn { get; init; }
    public required string UserName { get; init; }
    public required string Password { get; init; }
    public required string Search { get; init; }
    public required string FilterByStatus { get; init; }
    public required string All { get; init; }
    public required string SerialNumber { get; init; }
    public required string RegistrationIsComplete { get; init; }
    public required string RegistrationIsInProgress { get; init; }
    public required string NothingWasRegistered { get; init; }
    public required string Retry { get; init; }
    public required string RetryRegistration { get; init; }
    public required Regex TwoDevicesRetried { get; init; }
    public required string RegisteringAgain { get; init; }
    public required string SkipToContent { get; init; }
    public required string Manufacturer { get; init; }
    public required string Model { get; init; }
    public required string AddModel { get; init; }
    public required string RequestId { get; init; }
    public required string LookUp { get; init; }
    public required string NoSuchRequest { get; init; }
    public required string SelectFormat { get; init; }
    public required string Copy { get; init; }
    public required string Copied { get; init; }
    public required string PressCtrlC { get; init; }

    /// <summary>The accessible name of a device's checkbox on the blade.</summary>
    public string Select(string serial) => string.Format(CultureInfo.InvariantCulture, SelectFormat, serial);

    public string Status(DeviceStatus status) => InCulture(() => StatusText.For(status));

    public string Error(RegistrationError error) => InCulture(() => StatusText.For(error));

    public string WhatToDo(RegistrationError error) => InCulture(() => StatusText.WhatToDo(error));

    public string Cause(TransitionCause cause) => InCulture(() => StatusText.For(cause));

    public override string ToString() => Culture;

    private string InCulture(Func<string> text)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Culture);
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}

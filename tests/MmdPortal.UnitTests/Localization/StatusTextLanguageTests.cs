using System.Globalization;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Localization;

namespace MmdPortal.UnitTests.Localization;

/// <summary>Statuses and errors in the documentation's own Dutch words, and English unchanged.</summary>
public sealed class StatusTextLanguageTests
{
    [Theory]
    [InlineData(DeviceStatus.RegistrationPending, "Registration Pending", "Registratie in behandeling")]
    [InlineData(DeviceStatus.RegistrationFailed, "Registration failed", "Registratie is mislukt")]
    [InlineData(DeviceStatus.ReadyForUser, "Ready for user", "Klaar voor gebruiker")]
    [InlineData(DeviceStatus.Active, "Active", "Actief")]
    [InlineData(DeviceStatus.Inactive, "Inactive", "Inactief")]
    public void Status_IsTheDocumentationsWordInEachLanguage(DeviceStatus status, string english, string dutch)
    {
        using (UiCulture.English()) Assert.Equal(english, StatusText.For(status));
        using (UiCulture.Dutch()) Assert.Equal(dutch, StatusText.For(status));
    }

    [Theory]
    [InlineData(RegistrationError.DeviceNotFound, "Device not found", "Apparaat niet gevonden")]
    [InlineData(RegistrationError.HardwareHashNotValid, "Hardware hash not valid", "Hardware-hash niet geldig")]
    [InlineData(RegistrationError.DeviceAlreadyRegistered, "Device already registered", "Apparaat dat al is geregistreerd")]
    [InlineData(RegistrationError.DeviceClaimedByAnotherOrganization, "Device claimed by another organization",
        "Apparaat dat door een andere organisatie is geclaimd")]
    [InlineData(RegistrationError.UnexpectedError, "Unexpected error", "Onverwachte fout")]
    public void Error_IsTheDocumentationsWordInEachLanguage(RegistrationError error, string english, string dutch)
    {
        using (UiCulture.English()) Assert.Equal(english, StatusText.For(error));
        using (UiCulture.Dutch()) Assert.Equal(dutch, StatusText.For(error));
    }

    [Fact]
    public void English_StaysEnglishInADutchRequest()
    {
        using var dutch = UiCulture.Dutch();
        Assert.Equal("Ready for user", StatusText.English(DeviceStatus.ReadyForUser));
        Assert.Equal("Device not found", StatusText.English(RegistrationError.DeviceNotFound));
    }

    // A value added to an enum without a Dutch text fails here, not in front of a Dutch admin.
    [Fact]
    public void EveryStatus_HasADutchText() =>
        AssertDutch(Enum.GetValues<DeviceStatus>(), StatusText.For);

    [Fact]
    public void EveryError_HasADutchTextAndWhatToDo()
    {
        AssertDutch(Enum.GetValues<RegistrationError>(), e => StatusText.For(e));
        AssertDutch(Enum.GetValues<RegistrationError>(), e => StatusText.WhatToDo(e));
    }

    [Fact]
    public void EveryTransitionCause_HasADutchText() =>
        AssertDutch(Enum.GetValues<TransitionCause>(), StatusText.For);

    [Fact]
    public void WhatToDo_InDutch_TellsWhatToDo()
    {
        using var dutch = UiCulture.Dutch();
        Assert.Equal("Verdere actie is niet vereist.", StatusText.WhatToDo(RegistrationError.DeviceAlreadyRegistered));
        Assert.StartsWith("Leg de hardware-hash opnieuw vast met Get-WindowsAutoPilotInfo",
            StatusText.WhatToDo(RegistrationError.HardwareHashNotValid), StringComparison.Ordinal);
    }

    [Fact]
    public void TransitionCause_InDutch()
    {
        using var dutch = UiCulture.Dutch();
        Assert.Equal("Vrijgegeven aan een andere organisatie", StatusText.For(TransitionCause.ReleasedToAnotherOrganization));
        Assert.Equal("Geüpload", StatusText.For(TransitionCause.Uploaded));
    }

    /// <summary>The English text of each value (as made outside a request) has an entry in the Dutch resources.</summary>
    private static void AssertDutch<T>(IEnumerable<T> values, Func<T, string> text)
    {
        var dutch = PortalText.Resources.GetResourceSet(new CultureInfo("nl"), createIfNotExists: true, tryParents: false)!;
        foreach (var value in values)
        {
            string english;
            using (UiCulture.English()) english = text(value);
            Assert.False(string.IsNullOrEmpty(dutch.GetString(english)), $"{typeof(T).Name}.{value}: no Dutch text for '{english}'.");
        }
    }
}

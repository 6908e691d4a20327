namespace MmdPortal.BrowserTests;

/// <summary>The guide's words as one language's user sees them, beside <see cref="PortalTexts"/> (the portal's
/// common words), so that the guide's browser test runs in English and in Dutch. Written out, not read from
/// GuideResource: a test that read the resources would pass whatever they said.</summary>
public sealed record GuideTexts(
    string FollowTheGuide, string RegisterExistingDevices, string ValidateOnly, string NotCheckedYet,
    string WhoSuppliedTheImage, string RecordImage, string SuppliedByAPartner, string ReceivedBy, string MarkAsDelivered,
    string DeliveredToFormat, string ToFormat, string PrintTheHandOverSheet, string SignInWithWorkAccountFormat)
{
    public static readonly GuideTexts English = new(
        "New to this? Follow the guide", "Register existing devices", "Validate only", "Not checked yet",
        "4. Who supplied the image?", "Record image", "Supplied by a partner", "5. Received by", "Mark as delivered",
        "Delivered to {0}.", "to {0}", "Print the hand-over sheet", "Sign in with your work account: {0}.");

    public static readonly GuideTexts Dutch = new(
        "Nieuw hierin? Volg de handleiding", "Bestaande apparaten registreren", "Alleen valideren", "Nog niet gecontroleerd",
        "4. Wie heeft de installatiekopie geleverd?", "Installatiekopie vastleggen", "Geleverd door een partner",
        "5. Ontvangen door", "Markeren als geleverd", "Geleverd aan {0}.", "aan {0}", "Het overdrachtsformulier afdrukken",
        "Meld u aan met uw werkaccount: {0}.");

    public string DeliveredTo(string user) => string.Format(System.Globalization.CultureInfo.InvariantCulture, DeliveredToFormat, user);

    public string To(string user) => string.Format(System.Globalization.CultureInfo.InvariantCulture, ToFormat, user);

    public string SignInWithWorkAccount(string user) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, SignInWithWorkAccountFormat, user);
}

using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Licences;

/// <summary>Tells a licence CSV's header from its first name, and finds the column of names.</summary>
internal static class LicenceCsvHeader
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "userprincipalname", "upn", "user", "email" };

    /// <summary>The first record's reading: a header naming the column, a first name in a one-column file without
    /// header, or a problem (several columns, none of them named as a name column).</summary>
    public static (int Column, bool IsHeader, string? Problem) Recognise(string[] record)
    {
        for (var i = 0; i < record.Length; i++)
            if (Names.Contains(Normalise(record[i]))) return (i, true, null);

        var filled = record.Count(f => f.Length > 0);
        if (filled <= 1) return (Math.Max(0, Array.FindIndex(record, f => f.Length > 0)), false, null);
        var found = string.Join(", ", record.Where(f => f.Length > 0).Take(5).Select(f => $"'{(f.Length <= 40 ? f : f[..37] + "...")}'"));
        return (0, false,
            PortalText.Format("no column of user principal names; found: {0}. Name the column UserPrincipalName, UPN, User or Email, or upload one name per line without a header.", found));
    }

    // "User Principal Name", "user_principal_name" and "E-mail" are the same column.
    private static string Normalise(string field) => new(field
        .Where(c => c is not ('_' or '-' or '"' or '\'' or '\uFEFF') && !char.IsWhiteSpace(c))
        .Select(char.ToLowerInvariant).ToArray());
}

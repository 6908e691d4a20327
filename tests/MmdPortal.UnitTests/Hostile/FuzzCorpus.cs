using System.Text;

namespace MmdPortal.UnitTests.Hostile;

/// <summary>The real files the mutations start from: every CSV of the unit tests' TestData (the corpus of
/// make_corpus.py, the customer's samples) and the docs' samples, read once.</summary>
internal static class FuzzCorpus
{
    public static readonly IReadOnlyList<(string Name, byte[] Bytes)> HardwareHashFiles = Load();

    /// <summary>Licence CSVs in the forms the licence reader takes, as bytes to mutate.</summary>
    public static readonly IReadOnlyList<(string Name, byte[] Bytes)> LicenceFiles =
    [
        ("upn-header.csv", Encoding.UTF8.GetBytes("UserPrincipalName\r\nAdele.Vance@contoso.com\r\nmegan.bowen@contoso.com\r\njosé.garcía@contoso.com\r\n")),
        ("no-header.csv", Encoding.UTF8.GetBytes("adele.vance@contoso.com\nmegan.bowen@contoso.com\n")),
        ("several-columns.csv", Encoding.UTF8.GetBytes("DisplayName,Email,Department\r\nAdele Vance,adele.vance@contoso.com,Sales\r\n\"Bowen, Megan\",megan.bowen@contoso.com,\"R&D\"\r\n")),
        ("semicolons.csv", Encoding.UTF8.GetBytes("Name;UPN\r\nAdele;adele.vance@contoso.com\r\n")),
        ("utf16.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("User\r\nadele.vance@contoso.com\r\n")).ToArray()),
    ];

    private static List<(string, byte[])> Load()
    {
        var testData = Path.Combine(AppContext.BaseDirectory, "TestData");
        var files = Directory.EnumerateFiles(testData, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".csv" or ".xls" or ".xlsx" or ".pdf" or ".b64")
            .ToList();
        // The docs' samples, when the tests run from the repository (they always do in CI).
        var docs = FindUp("docs/samples");
        if (docs is not null) files.AddRange(Directory.EnumerateFiles(docs, "*.csv"));
        files.Sort(StringComparer.Ordinal);
        return files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}

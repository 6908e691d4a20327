using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace MmdPortal.Web.Infrastructure;

/// <summary>How the portal writes every CSV it hands out (failed rows, exports, merged files).</summary>
public static class SafeCsv
{
    /// <summary>The Intune form's columns: what every CSV the portal writes starts with, so that it can be
    /// uploaded again as it is.</summary>
    public static readonly IReadOnlyList<string> IntuneColumns =
        ["Device Serial Number", "Windows Product ID", "Hardware Hash", "Group Tag", "Assigned User"];

    /// <summary>Cells come from uploaded files: a leading =, +, -, @, tab or CR must not become a spreadsheet formula.</summary>
    public static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    public static async Task WriteRecordAsync(CsvWriter csv, IEnumerable<string?> fields)
    {
        foreach (var field in fields) csv.WriteField(field);
        await csv.NextRecordAsync();
    }
}

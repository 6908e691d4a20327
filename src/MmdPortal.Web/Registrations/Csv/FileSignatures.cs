using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations.Csv;

/// <summary>Recognises the files admins upload by mistake for a CSV, from their first bytes.</summary>
internal static class FileSignatures
{
    /// <summary>What the file is instead of a CSV and how to get one, in the request's language, or null when it is
    /// none of them.</summary>
    public static string? Describe(ReadOnlySpan<byte> prefix)
    {
        // .xlsx is a zip package; "PK\3\4" opens every zip local file header.
        if (prefix.StartsWith("PK\u0003\u0004"u8))
            return PortalText.Get("this is an Excel workbook (.xlsx) or another zip file, not a CSV. Open it in Excel, save it as CSV (comma delimited) (*.csv) and upload that file.");
        // .xls (Excel 97-2003) is an OLE compound file.
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return PortalText.Get("this is an Excel workbook in the old .xls format (or another Office document), not a CSV. Open it in Excel, save it as CSV (comma delimited) (*.csv) and upload that file.");
        if (prefix.StartsWith("%PDF-"u8))
            return PortalText.Get("this is a PDF document, not a CSV. Export the report as CSV instead, or run Get-WindowsAutoPilotInfo -OutputFile and upload that file.");
        return null;
    }
}

using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using MmdPortal.Data;
using Microsoft.EntityFrameworkCore;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Organizations;

/// <summary>Everything the current organisation owns, as a zip of CSV files, streamed row by row. The devices file
/// starts with the Intune columns, so it can be uploaded again as it is. No password or key hashes leave.</summary>
public sealed class OrganizationExport(PortalDbContext db)
{
    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await WriteAsync(zip, "devices.csv",
            [.. SafeCsv.IntuneColumns, "Manufacturer", "Model", "Status", "Error", "Error detail", "Registered", "Last seen", "Deregistered", "Request ID", "Device ID"],
            db.Devices.AsNoTracking().OrderBy(d => d.Id).Select(d => new object?[]
            {
                d.SerialNumber, d.ProductId, d.HardwareHash != null ? d.HardwareHash.Value : null, d.GroupTag,
                d.AssignedUser, d.Manufacturer, d.Model, d.Status, d.Error, StoredText.English(d.ErrorDetail, d.ErrorDetailArgs), d.RegisteredAt, d.LastSeenAt,
                d.DeregisteredAt, d.Request!.RequestId, d.PublicId,
            }), cancellationToken);
        await WriteAsync(zip, "requests.csv",
            ["Request ID", "Uploaded", "Uploaded by", "Files", "Rows", "Status", "Completed"],
            db.Requests.AsNoTracking().OrderBy(r => r.Id).Select(r => new object?[]
            {
                r.RequestId, r.CreatedAt, r.CreatedBy, string.Join("; ", r.Files), r.RowCount, r.Status, r.CompletedAt,
            }), cancellationToken);
        await WriteAsync(zip, "request-rows.csv",
            ["Request ID", "File", "Line", "Serial number", "Device ID", "Created device", "Error", "Detail"],
            db.Rows.AsNoTracking().OrderBy(r => r.RequestId).ThenBy(r => r.Position)
                .Join(db.Requests, r => r.RequestId, q => q.Id, (r, q) => new object?[]
                {
                    q.RequestId, r.File, r.Line, r.SerialNumber, r.Device != null ? r.Device.PublicId : null,
                    r.CreatedDevice, r.Error, StoredText.English(r.ErrorDetail, r.ErrorDetailArgs),
                }), cancellationToken);
        await WriteAsync(zip, "users.csv", ["User name", "Role", "Created", "Last sign-in"],
            db.Users.AsNoTracking().OrderBy(u => u.Id)
                .Select(u => new object?[] { u.UserName, u.Role, u.CreatedAt, u.LastSignInAt }), cancellationToken);
        await WriteAsync(zip, "api-keys.csv", ["Name", "Scope", "Created", "Expires", "Last used", "Revoked"],
            db.ApiKeys.AsNoTracking().OrderBy(k => k.Id)
                .Select(k => new object?[] { k.Name, k.Scope, k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt }), cancellationToken);
    }

    private static async Task WriteAsync(
        ZipArchive zip, string name, string[] header, IQueryable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await using var text = new StreamWriter(entry);
        await using var csv = new CsvWriter(text, SafeCsv.Configuration);
        foreach (var column in header) csv.WriteField(column);
        await csv.NextRecordAsync();
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var field in row) csv.WriteField(Format(field));
            await csv.NextRecordAsync();
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

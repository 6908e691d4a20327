using System.Globalization;
using CsvHelper;
using MmdPortal.Data;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace MmdPortal.Web.Registrations;

/// <summary>The rows of a request that need fixing, in the Intune form the upload takes back, with the reason
/// beside each. Rows that need nothing ("Device already registered") are left out.</summary>
public sealed class FailedRowsCsv(PortalDbContext db)
{
    /// <summary>The request's key, or null when it does not exist in the current organisation.</summary>
    public Task<long?> FindAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.Requests.AsNoTracking().Where(r => r.RequestId == requestId).Select(r => (long?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Streams the CSV row by row: memory stays flat however many rows failed.</summary>
    public async Task WriteAsync(long request, Stream output, CancellationToken cancellationToken)
    {
        var rows = db.Rows.AsNoTracking()
            .Where(r => r.RequestId == request && r.CreatedDevice && r.Device!.Status == DeviceStatus.RegistrationFailed)
            .OrderBy(r => r.Position)
            .Select(r => new
            {
                r.Device!.SerialNumber, r.Device.ProductId, Hash = r.Device.HardwareHash!.Value, r.Device.GroupTag,
                r.Device.AssignedUser, r.File, r.Line, r.Device.Error, r.Device.ErrorDetail, r.Device.ErrorDetailArgs,
            })
            .AsAsyncEnumerable();

        await using var text = new StreamWriter(output, leaveOpen: true);
        await using var csv = new CsvWriter(text, SafeCsv.Configuration);
        await SafeCsv.WriteRecordAsync(csv, [.. SafeCsv.IntuneColumns, "File", "Line", "Error", "Details"]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await SafeCsv.WriteRecordAsync(csv, [row.SerialNumber, row.ProductId, row.Hash, row.GroupTag, row.AssignedUser,
                row.File, row.Line.ToString(CultureInfo.InvariantCulture), StatusText.English(row.Error), StoredText.English(row.ErrorDetail, row.ErrorDetailArgs)]);
        }
    }
}

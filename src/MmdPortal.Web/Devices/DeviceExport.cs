using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using CsvHelper;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Devices;

/// <summary>Writes every device of a filtered Devices view as CSV, streamed in keyset batches over the key, newest
/// first like the blade: a view of a million devices never sits in memory, and the first rows leave at once.</summary>
public sealed class DeviceExport(DeviceList devices, IOptions<DeviceExportOptions> options, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Serial number", "Manufacturer", "Model", "Group tag", "Assigned user", "Primary user", "Status", "Error",
        "Error detail", "Last seen (UTC)", "Registered (UTC)", "Request ID", "Image", "Delivered (UTC)", "Delivered to",
    ];

    // Excel reads a CSV without a byte order mark as the ANSI code page and garbles every non-ASCII name.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The download's name, dated so that exports of different days do not overwrite each other.</summary>
    public string FileName(DeviceExportFormat format) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{(format == DeviceExportFormat.Hashes ? "hardware-hashes" : "devices")}-{time.GetUtcNow():yyyy-MM-dd}.csv");

    public Task WriteAsync(DeviceExportFormat format, DeviceFilter filter, Stream output, CancellationToken cancellationToken) =>
        format == DeviceExportFormat.Hashes
            ? WriteHashesAsync(filter, output, cancellationToken)
            : WriteDevicesAsync(filter, output, cancellationToken);

    private async Task WriteDevicesAsync(DeviceFilter filter, Stream output, CancellationToken cancellationToken)
    {
        var rows = BatchesAsync(filter, withHash: false, d => new
        {
            d.Id, d.SerialNumber, d.Manufacturer, d.Model, d.GroupTag, d.AssignedUser, d.PrimaryUser, d.Status, d.Error,
            d.ErrorDetail, d.ErrorDetailArgs, d.LastSeenAt, d.RegisteredAt, d.Request!.RequestId, d.Image, d.DeliveredAt, d.DeliveredTo,
        }, d => d.Id, cancellationToken);
        // English statuses whatever the request's language, like the column names: a file that scripts and other
        // admins read must not depend on who downloaded it.
        await WriteCsvAsync(output, Columns, rows, d =>
        [
            d.SerialNumber, d.Manufacturer, d.Model, d.GroupTag, d.AssignedUser, d.PrimaryUser, StatusText.English(d.Status),
            StatusText.English(d.Error), StoredText.English(d.ErrorDetail, d.ErrorDetailArgs), Format(d.LastSeenAt), Format(d.RegisteredAt), d.RequestId.ToString(),
            // The API's code (SuppliedByPartner, ...), the same in every language of the portal.
            d.Image.ToString(), Format(d.DeliveredAt), d.DeliveredTo,
        ], cancellationToken);
    }

    /// <summary>The upload's own columns, so that the file registers the same devices again (after they are
    /// deregistered, or in another portal). Formula escaping never touches a hash that can register: a valid one
    /// starts with T0 (its 'OA' signature).</summary>
    private async Task WriteHashesAsync(DeviceFilter filter, Stream output, CancellationToken cancellationToken)
    {
        var rows = BatchesAsync(filter, withHash: true, d => new
        {
            d.Id, d.SerialNumber, d.ProductId, Hash = d.HardwareHash!.Value, d.GroupTag, d.AssignedUser,
        }, d => d.Id, cancellationToken);
        await WriteCsvAsync(output, SafeCsv.IntuneColumns, rows,
            d => [d.SerialNumber, d.ProductId, d.Hash, d.GroupTag, d.AssignedUser], cancellationToken);
    }

    private static async Task WriteCsvAsync<T>(Stream output, IEnumerable<string> header,
        IAsyncEnumerable<IReadOnlyList<T>> batches, Func<T, string?[]> fields, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, Utf8WithBom, leaveOpen: true);
        await using var csv = new CsvWriter(text, SafeCsv.Configuration);
        await SafeCsv.WriteRecordAsync(csv, header);
        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            foreach (var row in batch) await SafeCsv.WriteRecordAsync(csv, fields(row));
            await csv.FlushAsync();
            await text.FlushAsync(cancellationToken);
        }
    }

    /// <summary>The filtered view, one batch per query: <c>WHERE Id &lt; last ORDER BY Id DESC LIMIT n</c>, which
    /// the primary key answers without an offset scan and without holding a reader open between batches.</summary>
    private async IAsyncEnumerable<IReadOnlyList<T>> BatchesAsync<T>(DeviceFilter filter, bool withHash,
        Expression<Func<Device, T>> select, Func<T, long> key,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var size = options.Value.BatchSize;
        filter = await devices.ResolveAsync(filter, cancellationToken);
        long? after = null;
        while (true)
        {
            var query = Filtered(filter, withHash);
            if (after is { } last) query = query.Where(d => d.Id < last);
            var batch = await query.OrderByDescending(d => d.Id).Take(size).Select(select).ToListAsync(cancellationToken);
            if (batch.Count > 0) yield return batch;
            if (batch.Count < size) yield break;
            after = key(batch[^1]);
        }
    }

    private IQueryable<Device> Filtered(DeviceFilter filter, bool withHash)
    {
        var query = devices.Filtered(filter);
        return withHash ? query.Where(d => d.HardwareHash != null) : query;
    }

    private static string? Format(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}

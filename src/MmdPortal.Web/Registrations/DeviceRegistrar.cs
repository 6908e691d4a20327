using MmdPortal.Data;
using MmdPortal.Data.Audit;
using MmdPortal.Data.Devices;
using MmdPortal.Data.Registrations;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Localization;
using MmdPortal.Web.Monitoring;
using Microsoft.Extensions.Options;

namespace MmdPortal.Web.Registrations;

/// <summary>The one place where uploads become requests, row outcomes and devices. Pages and the API call it.</summary>
public sealed class DeviceRegistrar(
    PortalDbContext db,
    IOrganizationScope organization,
    HardwareHashCsvReader reader,
    RegistrationSignal signal,
    DeviceStateAdvancer advancer,
    RequestQueries queries,
    AuditLog audit,
    PortalMetrics metrics,
    TimeProvider time,
    IOptions<UploadOptions> options,
    ILogger<DeviceRegistrar> logger)
{
    /// <summary>Reads every file as it arrives and stores the whole upload in one transaction: a file that cannot
    /// be used, or a limit exceeded, stores nothing. With <paramref name="dryRun"/>, the upload goes through every
    /// step and every rule in that transaction, which is then rolled back: the prediction is exact.</summary>
    public async Task<RegistrationResult> RegisterAsync(
        IAsyncEnumerable<UploadedFile> files, string? uploadedBy, CancellationToken cancellationToken, bool dryRun = false)
    {
        var started = time.GetTimestamp();
        var organizationId = organization.OrganizationId
            ?? throw new InvalidOperationException("An upload needs a signed-in organisation.");
        var now = time.GetUtcNow().UtcDateTime;
        var request = new RegistrationRequest
        {
            RequestId = Guid.CreateVersion7(time.GetUtcNow()),
            OrganizationId = organizationId,
            CreatedBy = uploadedBy,
            CreatedAt = now,
            Status = RequestStatus.Pending,
        };
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RegistrationRequestId"] = request.RequestId });

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await UploadLock.AcquireAsync(db, cancellationToken);
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);

        await using var batch = new RegistrationBatch(db, request, now, TransitionLog.NewToken());
        var problem = await ReadAllAsync(files, request, batch, cancellationToken);
        if (problem is not null)
        {
            await batch.AbandonAsync();
            await transaction.RollbackAsync(cancellationToken);
            metrics.RecordUpload(PortalMetrics.Refused, request.RowCount, 0, time.GetElapsedTime(started));
            logger.LogInformation("Upload refused, nothing stored: {Problem}", problem.ToString());
            return RegistrationResult.Rejected(problem);
        }

        db.Requests.Attach(request);
        db.Entry(request).Property(r => r.RowCount).IsModified = true;
        db.Entry(request).Property(r => r.Files).IsModified = true;
        db.Entry(request).Property(r => r.Warnings).IsModified = true;
        db.Entry(request).Property(r => r.WarningArgs).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        await TransitionLog.RecordAsync(db, batch.ChangeToken, null, TransitionCause.Uploaded, now, uploadedBy, cancellationToken);
        if (dryRun)
        {
            await advancer.PredictAsync(request.Id, cancellationToken);
            var prediction = await queries.GetAsync(request.RequestId, null, int.MaxValue - 1, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            metrics.RecordUpload(PortalMetrics.Validated, request.RowCount, 0, time.GetElapsedTime(started));
            return RegistrationResult.Predicted(prediction!.Value.Document);
        }

        await transaction.CommitAsync(cancellationToken);
        signal.Wake();
        metrics.RecordUpload(PortalMetrics.Accepted, request.RowCount, batch.CreatedDevices, time.GetElapsedTime(started));
        logger.LogInformation("Accepted {RowCount} rows from {FileCount} files", request.RowCount, request.Files.Count);
        // The upload is committed: record it even if the caller has gone.
        await audit.RecordAsync(organizationId, uploadedBy ?? "unknown", AuditActions.Upload, request.RequestId.ToString(),
            StoredText.Of(PortalText.Key("{0} rows from {1}"), request.RowCount, string.Join(", ", request.Files)),
            CancellationToken.None);
        return RegistrationResult.Accepted(request.RequestId, request.RowCount);
    }

    private async Task<UploadProblem?> ReadAllAsync(
        IAsyncEnumerable<UploadedFile> files, RegistrationRequest request, RegistrationBatch batch,
        CancellationToken cancellationToken)
    {
        var limits = options.Value;
        await foreach (var file in files.WithCancellation(cancellationToken))
        {
            request.Files.Add(file.Name);
            await foreach (var result in reader.ReadAsync(file.Content, file.Name, cancellationToken))
            {
                if (result.Problem is not null) return result.Problem;
                if (result.Warning is { } warning)
                {
                    // Stored as key and values, so that each reader sees the warning in their language.
                    request.Warnings.Add(warning.Key);
                    (request.WarningArgs ??= []).Add(warning.StoredArgs);
                }
                if (FieldLimits.Check(result.Row!) is { } tooLong) return tooLong;
                if (++request.RowCount > limits.MaxRows)
                    return new UploadProblem(null, null, PortalText.Format(
                        "The upload has more than {0:N0} device rows, the most one upload takes. Split the devices over several uploads.", limits.MaxRows));
                batch.Add(result.Row!);
                if (batch.Count >= limits.BatchSize) await batch.FlushAsync(cancellationToken);
            }
        }

        if (request.Files.Count == 0)
            return new UploadProblem(null, null, PortalText.Get("No file was uploaded. Choose one or more CSV files with hardware hashes."));
        await batch.CompleteAsync(cancellationToken);
        return null;
    }
}

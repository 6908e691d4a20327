using MmdPortal.Web.Devices.Hashes;

namespace MmdPortal.Benchmarks.Load;

/// <summary>The uploads of a run, accepted or not, and the devices they carry: agents check in and readers search
/// for devices the run has uploaded, and the verifier compares the portal's devices with the accepted rows.</summary>
public sealed class UploadLedger
{
    private readonly List<LoadUpload> _accepted = [];
    private readonly List<LoadUpload> _refused = [];

    public IReadOnlyList<LoadUpload> Accepted { get { lock (_accepted) return [.. _accepted]; } }

    public IReadOnlyList<LoadUpload> Refused { get { lock (_refused) return [.. _refused]; } }

    public void Add(LoadUpload upload)
    {
        var list = upload.RequestId is null ? _refused : _accepted;
        lock (list) list.Add(upload);
    }

    /// <summary>A device of an accepted upload of the organisation, or null while it has none.</summary>
    public HardwareHashFacts? RandomDevice(int organization, Random random)
    {
        LoadUpload? upload;
        lock (_accepted)
        {
            var uploads = _accepted.Where(u => u.Organization == organization).ToList();
            upload = uploads.Count == 0 ? null : uploads[random.Next(uploads.Count)];
        }

        return upload is null ? null : HardwareHashBuilder.SampleFacts(upload.FirstSeed + random.Next(upload.Rows));
    }
}

/// <summary>One file of <see cref="Rows"/> devices made from consecutive seeds; <see cref="RequestId"/> is null when
/// the portal did not accept it (<see cref="Status"/> says what it answered instead).</summary>
public sealed record LoadUpload(int Organization, int FirstSeed, int Rows, Guid? RequestId, int Status)
{
    public IEnumerable<int> Seeds => Enumerable.Range(FirstSeed, Rows);
}

using System.Globalization;
using System.Text;

namespace MmdPortal.Benchmarks.Load;

/// <summary>What a load run did and found. <see cref="Problems"/> is empty when it passed: no 5xx, every call
/// answered, no 4xx but rate limiting, every accepted upload final in time, every accepted row one device.</summary>
public sealed record LoadReport(LoadOptions Options, int Instances, TimeSpan Ran, TimeSpan AllFinal, bool Settled,
    IReadOnlyList<LoadKindSummary> Traffic, LoadKindSummary Blade, IReadOnlyList<LoadUpload> Accepted,
    IReadOnlyList<LoadUpload> Refused, LoadFleetCheck Fleet, CheckInTally CheckIns)
{
    /// <summary>Uploads accepted while the clients ran; <see cref="Accepted"/> also holds each organisation's
    /// first file, registered before the run.</summary>
    public int RunUploads => Accepted.Count - Options.Organizations;

    /// <summary>The rows of <see cref="RunUploads"/> per second, from the start of the run until all were final.</summary>
    public double DevicesPerSecond => RunUploads * Options.DevicesPerFile / AllFinal.TotalSeconds;

    public int ServerErrors => Traffic.Sum(t => t.ServerErrors);

    public int RateLimited => Traffic.Sum(t => t.ClientErrors.GetValueOrDefault(429));

    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = new List<string>();
            foreach (var t in Traffic)
            {
                if (t.ServerErrors > 0) problems.Add($"{t.Kind}: {t.ServerErrors} 5xx ({string.Join(" | ", t.FailureSamples)})");
                if (t.NoAnswer > 0) problems.Add($"{t.Kind}: {t.NoAnswer} calls without an answer ({string.Join(" | ", t.FailureSamples)})");
                var other = t.ClientErrors.Where(e => e.Key != 429).ToList();
                if (other.Count > 0) problems.Add($"{t.Kind}: {string.Join(", ", other.Select(e => $"{e.Value} × {e.Key}"))} ({string.Join(" | ", t.FailureSamples)})");
            }

            if (RunUploads <= 0) problems.Add("no upload was accepted during the run: it proves nothing");
            if (!Settled) problems.Add($"uploads still pending {Options.SettleTimeout} after the run");
            if (Fleet.Lost > 0) problems.Add($"{Fleet.Lost} devices of accepted rows lost");
            if (Fleet.Duplicated > 0) problems.Add($"{Fleet.Duplicated} devices duplicated");
            if (Fleet.Unexpected > 0) problems.Add($"{Fleet.Unexpected} devices that no accepted row uploaded");
            if (Fleet.RowsWithoutTheirDevice > 0) problems.Add($"{Fleet.RowsWithoutTheirDevice} rows without their device");
            if (Fleet.Devices != Fleet.AcceptedRows) problems.Add($"{Fleet.Devices} devices for {Fleet.AcceptedRows} accepted rows");
            problems.AddRange(Fleet.WrongOutcomes.Select(w => $"{w.Value} rows with the wrong outcome: {w.Key}"));
            problems.AddRange(Fleet.Notes);
            return problems;
        }
    }

    public string ToText()
    {
        var text = new StringBuilder();
        var o = Options;
        text.AppendLine(CultureInfo.InvariantCulture, $"{o.Uploaders} uploaders × {o.DevicesPerFile:N0} devices per file, {o.Readers} readers, {o.Agents} agents, {o.Organizations} organisations, {Instances} instance(s), {Ran.TotalSeconds:0.0} s");
        text.AppendLine("| Calls | Requests | 2xx/3xx | 4xx | 5xx | No answer | p50 ms | p95 ms | p99 ms |");
        text.AppendLine("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var t in Traffic.Append(Blade))
        {
            var clientErrors = t.ClientErrors.Count == 0 ? "0" : string.Join(", ", t.ClientErrors.Select(e => $"{e.Value} × {e.Key}"));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {t.Kind} | {t.Requests:N0} | {t.Succeeded:N0} | {clientErrors} | {t.ServerErrors} | {t.NoAnswer} | {t.P50:0} | {t.P95:0} | {t.P99:0} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"Uploads accepted during the run {RunUploads:N0} ({RunUploads * o.DevicesPerFile:N0} rows), refused {Refused.Count}; all final {AllFinal.TotalSeconds:0.0} s after the start: {DevicesPerSecond:N0} devices/s (and {o.Organizations} files registered before the run).");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Devices {Fleet.Devices:N0}: lost {Fleet.Lost}, duplicated {Fleet.Duplicated}, unexpected {Fleet.Unexpected}, rows without their device {Fleet.RowsWithoutTheirDevice}.");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Check-ins sent {CheckIns.Received:N0}, applied {CheckIns.Updated:N0}, activated {CheckIns.Activated:N0}; problems: {(CheckIns.Problems.Count == 0 ? "none" : string.Join(", ", CheckIns.Problems.Select(p => $"{p.Key} {p.Value:N0}")))}.");
        var problems = Problems;
        text.AppendLine(problems.Count == 0 ? "Passed: no 5xx, nothing lost or duplicated." : "FAILED:\n  " + string.Join("\n  ", problems));
        return text.ToString();
    }
}

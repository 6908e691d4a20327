namespace MmdPortal.Benchmarks.Load;

/// <summary>The accepted rows against the devices the portal lists, over all organisations of a run.</summary>
public sealed class LoadFleetCheck
{
    private readonly Dictionary<string, int> _wrongOutcomes = [];
    private readonly List<string> _notes = [];

    public int AcceptedRows { get; set; }
    public int Devices { get; set; }

    /// <summary>Devices of accepted rows that the organisation does not have.</summary>
    public int Lost { get; set; }

    /// <summary>Devices beyond the first with the same serial number in one organisation.</summary>
    public int Duplicated { get; set; }

    /// <summary>Devices that no accepted row of their organisation uploaded (e.g. left by a refused upload).</summary>
    public int Unexpected { get; set; }

    /// <summary>Rows whose device ID is missing or is not the device of their serial number.</summary>
    public int RowsWithoutTheirDevice { get; set; }

    /// <summary>Rows that failed although their hash was sound, or registered although it was damaged, by error.</summary>
    public IReadOnlyDictionary<string, int> WrongOutcomes => _wrongOutcomes;

    public IReadOnlyList<string> Notes => _notes;

    public bool IsExact => Lost == 0 && Duplicated == 0 && Unexpected == 0 && RowsWithoutTheirDevice == 0
        && _wrongOutcomes.Count == 0 && _notes.Count == 0 && Devices == AcceptedRows;

    public void WrongOutcome(string error) => _wrongOutcomes[error] = _wrongOutcomes.GetValueOrDefault(error) + 1;

    public void Note(string note)
    {
        if (_notes.Count < 20) _notes.Add(note);
    }
}

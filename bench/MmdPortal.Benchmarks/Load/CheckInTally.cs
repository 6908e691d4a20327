using System.Text.Json;

namespace MmdPortal.Benchmarks.Load;

/// <summary>What the check-in calls of a run reported: check-ins sent and applied, and problems by kind.</summary>
public sealed class CheckInTally
{
    private readonly Dictionary<string, int> _problems = [];

    public int Received { get; private set; }
    public int Updated { get; private set; }
    public int Activated { get; private set; }

    public IReadOnlyDictionary<string, int> Problems { get { lock (_problems) return new Dictionary<string, int>(_problems); } }

    public void Add(JsonElement answer)
    {
        lock (_problems)
        {
            Received += answer.GetProperty("received").GetInt32();
            Updated += answer.GetProperty("updated").GetInt32();
            Activated += answer.GetProperty("activated").GetInt32();
            foreach (var problem in answer.GetProperty("problems").EnumerateArray())
            {
                var name = problem.GetProperty("problem").GetString() ?? "?";
                _problems[name] = _problems.GetValueOrDefault(name) + 1;
            }
        }
    }
}

namespace MmdPortal.UnitTests.Data;

/// <summary>Finds tables that a delete would reach by two cascade paths from one table, and cascade cycles.</summary>
public static class CascadePaths
{
    /// <param name="tables">Every table.</param>
    /// <param name="edges">For each principal table, the dependent tables its cascading foreign keys reach (one
    /// entry per foreign key, so two keys between the same tables are two paths).</param>
    public static IReadOnlyList<string> Problems(IEnumerable<string> tables, ILookup<string, string> edges)
    {
        var problems = new List<string>();
        foreach (var start in tables)
        {
            var reached = new Dictionary<string, string>(StringComparer.Ordinal);
            Walk(start, [start], edges, reached, problems);
        }

        return problems.Distinct().ToList();
    }

    private static void Walk(string table, List<string> path, ILookup<string, string> edges,
        Dictionary<string, string> reached, List<string> problems)
    {
        foreach (var dependent in edges[table])
        {
            var route = string.Join(" -> ", path.Append(dependent));
            if (path.Contains(dependent))
            {
                problems.Add($"cycle: {route}");
                continue;
            }

            if (reached.TryGetValue(dependent, out var earlier))
            {
                problems.Add($"two paths from {path[0]} to {dependent}: {earlier} and {route}");
                continue;
            }

            reached[dependent] = route;
            Walk(dependent, [.. path, dependent], edges, reached, problems);
        }
    }
}

namespace MmdPortal.Benchmarks.Load;

/// <summary>The clients of a run, each with a key of its own made through the API by its organisation's admin key,
/// spread over the organisations and over the instances in turn.</summary>
public sealed record LoadCast(IReadOnlyList<LoadClient> Owners, IReadOnlyList<LoadClient> Uploaders,
    IReadOnlyList<LoadClient> Readers, IReadOnlyList<LoadClient> Agents)
{
    public static async Task<LoadCast> CreateAsync(LoadOptions options, IReadOnlyList<HttpClient> instances,
        IReadOnlyList<string> organizationKeys, LoadTraffic traffic)
    {
        if (organizationKeys.Count < options.Organizations)
            throw new ArgumentException($"The run needs {options.Organizations} organisations; {organizationKeys.Count} keys given.");
        var owners = organizationKeys.Take(options.Organizations)
            .Select((key, o) => new LoadClient(instances[o % instances.Count], key, traffic, o)).ToList();
        var next = 0;
        async Task<List<LoadClient>> MakeAsync(string scope, int count)
        {
            var clients = new List<LoadClient>();
            for (var i = 0; i < count; i++)
            {
                var owner = owners[i % owners.Count];
                var answer = await owner.PostJsonAsync("before the run: create key", "/api/v1/keys",
                    new { name = $"load {scope} {i}", scope, neverExpires = true });
                if (!answer.IsSuccess) throw new InvalidOperationException($"Creating a {scope} key answered {answer.Status}: {answer.Body}");
                var key = answer.Json.GetProperty("key").GetString()!;
                clients.Add(new LoadClient(instances[next++ % instances.Count], key, traffic, owner.Organization));
            }

            return clients;
        }

        return new LoadCast(owners, await MakeAsync("admin", options.Uploaders), await MakeAsync("read", options.Readers),
            await MakeAsync("checkin", options.Agents));
    }
}

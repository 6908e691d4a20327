using Microsoft.AspNetCore.Mvc.Testing;

namespace MmdPortal.IntegrationTests.ScaleOut;

/// <summary>A load balancer without session affinity: each request goes to the next instance in turn, so a
/// browser's consecutive requests (page, then form post) land on different instances.</summary>
public sealed class RoundRobinBalancer(params WebApplicationFactory<Program>[] instances) : HttpMessageHandler
{
    private readonly HttpMessageInvoker[] _instances = instances.Select(i => new HttpMessageInvoker(i.Server.CreateHandler())).ToArray();
    private int _next = -1;

    /// <summary>How many requests each instance served, in the order given.</summary>
    public int[] Served { get; } = new int[instances.Length];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = (int)((uint)Interlocked.Increment(ref _next) % (uint)_instances.Length);
        Interlocked.Increment(ref Served[index]);
        return _instances[index].SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) foreach (var instance in _instances) instance.Dispose();
        base.Dispose(disposing);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MmdPortal.IntegrationTests.Monitoring;

/// <summary>Once <see cref="Hang"/> is set, the worker's next claim statement never returns (until the host stops):
/// a pass that hangs, e.g. on a lock that is never released.</summary>
public sealed class HangingClaims : DbCommandInterceptor
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Hang { get; set; }

    /// <summary>Completes when a claim has started to hang.</summary>
    public Task Entered => _entered.Task;

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Hang && command.CommandText.Contains("\"ClaimAttempts\" + 1", StringComparison.Ordinal))
        {
            _entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return result;
    }
}

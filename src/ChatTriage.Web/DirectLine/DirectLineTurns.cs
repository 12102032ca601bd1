using Microsoft.Extensions.Options;

namespace ChatTriage.Web.DirectLine;

/// <summary>
/// Runs bot turns for requests without holding the request past a bound: the start and post answers must come
/// within directlinejs's 20 s, so a slow turn goes on in the background and its replies arrive on the stream.
/// </summary>
public sealed class DirectLineTurns(DirectLineAdapter adapter, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime, ILogger<DirectLineTurns> logger)
{
    public DirectLineAdapter Adapter => adapter;

    public TimeSpan StartWait => TimeSpan.FromSeconds(options.Value.StartTurnWaitSeconds);

    public TimeSpan PostWait => TimeSpan.FromSeconds(options.Value.PostTurnWaitSeconds);

    /// <summary>True when the turn failed within the wait; a turn still running after it is logged if it fails later.</summary>
    public async Task<bool> RunBoundedAsync(Func<CancellationToken, Task> turn, TimeSpan wait)
    {
        var running = Task.Run(() => turn(lifetime.ApplicationStopping));
        var first = await Task.WhenAny(running, Task.Delay(wait));
        if (first != running)
        {
            _ = running.ContinueWith(
                t => logger.LogError(t.Exception, "A Direct Line bot turn failed after its request was answered."),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
            return false;
        }

        try
        {
            await running;
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            logger.LogError(ex, "A Direct Line bot turn failed.");
            return true;
        }
    }
}

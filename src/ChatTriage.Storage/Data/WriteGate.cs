namespace ChatTriage.Storage.Data;

/// <summary>
/// Lets this process's writers to one database take turns without holding a thread while they wait. SQLite allows
/// one writer at a time, and a writer that finds the file locked sleeps on its thread in SQLite's busy handler (up to
/// 100 ms a try): under load the thread pool fills with sleeping writers. Queued here instead, a waiting writer is an
/// await, and the one that runs finds the lock free. Other processes still meet SQLite's busy timeout as before.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Waits for this writer's turn; dispose the result to let the next one in.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Exit(turn);
    }

    private sealed class Exit(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}

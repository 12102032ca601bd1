using ChatTriage.LoadHarness;
using ChatTriage.LoadHarness.Options;

HarnessOptions options;
try
{
    options = HarnessOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(HarnessOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource(options.MaxRun);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return await new HarnessRun(options).RunAsync(cancel.Token);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine($"Stopped: the run reached --max-minutes ({options.MaxRun.TotalMinutes:0}) or was interrupted.");
    return 1;
}
catch (Exception ex) when (ex is FileNotFoundException or InvalidOperationException or TimeoutException or ArgumentException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

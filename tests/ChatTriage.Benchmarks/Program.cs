using BenchmarkDotNet.Running;

// The benchmarks are found from one of their own types: the app's Program (referenced for HostTurnBenchmarks) is
// in the global namespace too, so this file declares no Program of its own.
BenchmarkSwitcher.FromAssembly(typeof(ChatTriage.Benchmarks.BenchmarkPaths).Assembly).Run(args);

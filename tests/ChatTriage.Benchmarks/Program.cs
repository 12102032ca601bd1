using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point; public so BenchmarkDotNet's generated project can see the assembly's benchmarks.</summary>
public partial class Program;

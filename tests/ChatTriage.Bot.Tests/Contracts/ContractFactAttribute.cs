using Xunit.Sdk;

namespace ChatTriage.Bot.Tests.Contracts;

/// <summary>
/// A [Fact] for contract tests that may run against an external server. When the test class is marked
/// <see cref="RequiresPostgresAttribute"/> and CHATTRIAGE_TEST_POSTGRES is not set, the test is skipped with
/// the reason, unless CI is set: then it runs and fails loudly, so a CI run cannot silently lose coverage.
/// </summary>
[XunitTestCaseDiscoverer("ChatTriage.Bot.Tests.Contracts.ContractFactDiscoverer", TestAssembly.Name)]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ContractFactAttribute : FactAttribute;

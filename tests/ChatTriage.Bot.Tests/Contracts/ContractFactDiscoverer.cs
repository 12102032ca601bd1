using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChatTriage.Bot.Tests.Contracts;

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests, skipping them when their class needs a server that is not configured.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        var skip = needsPostgres ? RequiresPostgresAttribute.SkipReason() : null;
        yield return skip is null
            ? new XunitTestCase(diagnosticMessageSink, display, options, testMethod)
            : new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, options, testMethod, skip);
    }
}

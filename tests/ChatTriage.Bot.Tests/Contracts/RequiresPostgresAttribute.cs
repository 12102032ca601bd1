namespace ChatTriage.Bot.Tests.Contracts;

/// <summary>Marks a test class that needs the PostgreSQL server named by CHATTRIAGE_TEST_POSTGRES.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresPostgresAttribute : Attribute
{
    public const string Variable = "CHATTRIAGE_TEST_POSTGRES";

    /// <summary>The connection string, or a loud failure when it is missing (the skip covers local runs).</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set. Run `source .ci/services.sh` to start PostgreSQL and set it.");

    /// <summary>Why a PostgreSQL test is skipped here, or null when it must run.</summary>
    public static string? SkipReason()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            return null;
        }

        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? $"PostgreSQL tests need {Variable} (run `source .ci/services.sh`); skipped because CI is not set."
            : null;
    }
}

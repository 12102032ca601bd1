namespace ChatTriage.Bot.Tests.Contracts;

/// <summary>The assembly the linked contract files are compiled into here.</summary>
internal static class TestAssembly
{
    public const string Name = "ChatTriage.Web.Tests";
}

namespace ChatTriage.Bot.Tests.Contracts;

/// <summary>The assembly the linked contract files are compiled into (ChatTriage.Storage.Tests has its own copy of this file).</summary>
internal static class TestAssembly
{
    public const string Name = "ChatTriage.Bot.Tests";
}

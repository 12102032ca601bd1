namespace ChatTriage.EchoBot;

/// <summary>Which state the echo bot keeps: none (the bare minimum) or ConversationState over MemoryStorage.</summary>
public enum EchoStateMode
{
    None,
    Memory,
}

namespace ChatTriage.Web.DirectLine;

/// <summary>The result of checking a token: its status and, when valid, the conversation and user it is bound to.</summary>
public sealed record TokenCheck(TokenStatus Status, string ConversationId = "", string UserId = "", string TokenId = "")
{
    public bool IsValid => Status == TokenStatus.Valid;
}

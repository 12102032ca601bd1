namespace ChatTriage.Web.DirectLine;

/// <summary>One Direct Line conversation: bound to one resident (user id) when its token was issued.</summary>
public sealed record DirectLineConversation(string Id, string UserId, DateTimeOffset Created, bool Started);

namespace ChatTriage.Storage.DirectLine;

/// <summary>A stored Direct Line conversation: the resident (user id) its token was issued to, and whether it started.</summary>
public sealed record DirectLineConversationRow(string Id, string UserId, DateTimeOffset Created, bool Started);

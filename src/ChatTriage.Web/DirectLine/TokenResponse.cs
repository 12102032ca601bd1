using System.Text.Json.Serialization;

namespace ChatTriage.Web.DirectLine;

/// <summary>The tokens/generate and tokens/refresh answer shape.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

namespace ChatTriage.Web.DirectLine;

/// <summary>Settings of the self-hosted Direct Line channel (configuration section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Key that signs tokens (any string of 32+ characters). When empty, one is generated on first run and kept in
    /// <see cref="SigningKeyFile"/>; several instances must all be configured with the same key.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Where a generated signing key is kept, relative to the working directory.</summary>
    public string SigningKeyFile { get; set; } = "data/directline-signing-key";

    /// <summary>An Azure Direct Line secret: when set, the page talks to Azure instead of this channel.</summary>
    public string? Secret { get; set; }

    /// <summary>Azure's token endpoint, used only with <see cref="Secret"/>.</summary>
    public string AzureTokenUrl { get; set; } = "https://directline.botframework.com/v3/directline/tokens/generate";

    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>A stream URL must be opened this soon after it was issued, and only once.</summary>
    public int StreamTokenLifetimeSeconds { get; set; } = 60;

    /// <summary>Empty frames sent on an idle socket so proxies keep it open.</summary>
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>The start request answers after this long even when the bot's greeting turn is still running.</summary>
    public int StartTurnWaitSeconds { get; set; } = 5;

    /// <summary>A post answers after this long even when the bot's turn is still running (directlinejs gives up at 20 s).</summary>
    public int PostTurnWaitSeconds { get; set; } = 15;

    public int MaxTextLength { get; set; } = 10_000;

    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Posts one token may make in a burst before it must slow down (then one more per second).</summary>
    public int PostBurst { get; set; } = 10;

    public int PostsPerSecond { get; set; } = 1;

    public string BotId { get; set; } = "chattriage-bot";

    public string BotName { get; set; } = "ChatTriage";

    /// <summary>Origins (besides this host) allowed to open the WebSocket, e.g. a reverse-proxied public name.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

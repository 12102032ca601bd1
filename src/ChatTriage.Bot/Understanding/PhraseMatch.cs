namespace ChatTriage.Bot.Understanding;

/// <summary>A key whose phrase matched a message, with how well (higher is better).</summary>
public sealed record PhraseMatch<TKey>(TKey Key, double Score, string Phrase);

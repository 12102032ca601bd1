using ChatTriage.Dialogs.Choices;

namespace ChatTriage.Dialogs.Prompts;

/// <summary>
/// Reads an everyday (UK English) yes or no: "yeah", "aye", "yep", "ok", "sure", "that's right", "please";
/// "nope", "nah", "not really", "no thanks", "incorrect". Replies that say both, or that say "not sure",
/// "don't know" or "maybe", are neither.
/// </summary>
public static class ConfirmRecognizer
{
    /// <summary>Phrases that mean yes.</summary>
    public static readonly IReadOnlyList<string> YesPhrases = new[]
    {
        "yes", "yeah", "yea", "yeh", "yep", "yup", "ya", "yah", "aye", "y", "ok", "okay", "okey dokey", "sure",
        "correct", "that's right", "that's correct", "thats it", "please", "yes please", "of course", "definitely",
        "absolutely", "certainly", "affirmative", "indeed", "go ahead", "go on", "alright", "all right",
        "right", "true", "yes it is", "yes i am", "yes i do", "i have", "i am", "i do", "it is", "it was",
    };

    /// <summary>Phrases that mean no.</summary>
    public static readonly IReadOnlyList<string> NoPhrases = new[]
    {
        "no", "nope", "nah", "na", "naw", "n", "not really", "incorrect", "no thanks", "no thank you", "not correct",
        "not right", "that's not right", "that's wrong", "wrong", "not at all", "definitely not", "of course not",
        "negative", "no way", "false", "i have not", "i havent", "i am not", "im not", "i do not", "i dont",
        "it is not", "it isnt", "it was not", "it wasnt", "not", "never",
    };

    /// <summary>Phrases that mean the user does not know: they make the reply neither yes nor no.</summary>
    public static readonly IReadOnlyList<string> UnsurePhrases = new[]
    {
        "not sure", "unsure", "dont know", "don't know", "i dont know", "dunno", "no idea", "maybe", "not certain",
        "possibly", "perhaps", "cant remember", "can't remember", "cant say", "not too sure", "no clue",
    };

    /// <summary>
    /// Echoes of the question ("it was", "i am not"): an answer only as the whole reply or right after a plain yes or
    /// no ("yes it was"), never inside a sentence ("no, it was last tuesday" is a no; "it was last tuesday" is neither).
    /// </summary>
    public static readonly IReadOnlyList<string> EchoPhrases = new[]
    {
        "i have", "i am", "i do", "it is", "it was", "i have not", "i havent", "i am not", "im not", "i do not", "i dont",
        "it is not", "it isnt", "it was not", "it wasnt",
    };

    private static readonly List<(string[] Tokens, bool? Meaning, bool Echo)> Vocabulary = BuildVocabulary();

    private static readonly HashSet<string> PlainWords = Vocabulary.Where(v => v.Tokens.Length == 1 && v.Meaning is not null).Select(v => v.Tokens[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Reads yes or no from a reply.
    /// </summary>
    /// <param name="utterance">The user's reply.</param>
    /// <returns>True for yes, false for no, null when the reply is neither or both.</returns>
    public static bool? Recognize(string? utterance)
    {
        var tokens = TextNormalizer.Tokens(utterance).Select(CollapseRepeats).ToArray();
        if (tokens.Length == 0)
        {
            return null;
        }

        // Button numbers: 1 is Yes, 2 is No.
        if (tokens.Length == 1 && tokens[0] is "1" or "2")
        {
            return tokens[0] == "1";
        }

        var used = new bool[tokens.Length];
        var sawYes = false;
        var sawNo = false;
        var sawUnsure = false;

        // Longest phrases first, so "not sure" is read before "sure" and "no thanks" before "no".
        foreach (var (phrase, meaning, echo) in Vocabulary)
        {
            for (var start = 0; start + phrase.Length <= tokens.Length; start++)
            {
                if (!IsFreeMatch(tokens, used, phrase, start)
                    || (echo && !(start + phrase.Length == tokens.Length && (start == 0 || (start == 1 && PlainWords.Contains(tokens[0]))))))
                {
                    continue;
                }

                for (var k = 0; k < phrase.Length; k++)
                {
                    used[start + k] = true;
                }

                if (meaning is null)
                {
                    sawUnsure = true;
                }
                else if (meaning.Value)
                {
                    sawYes = true;
                }
                else
                {
                    sawNo = true;
                }
            }
        }

        if (sawUnsure || sawYes == sawNo)
        {
            return null;
        }

        return sawYes;
    }

    private static bool IsFreeMatch(string[] tokens, bool[] used, string[] phrase, int start)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (used[start + k] || tokens[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "yesss", "nooo" and "okkk" are still yes, no and ok: runs of a letter count once, on both sides.
    /// </summary>
    private static string CollapseRepeats(string token)
    {
        var chars = new List<char>(token.Length);
        foreach (var c in token)
        {
            if (chars.Count == 0 || chars[^1] != c || char.IsDigit(c))
            {
                chars.Add(c);
            }
        }

        return new string(chars.ToArray());
    }

    private static List<(string[] Tokens, bool? Meaning, bool Echo)> BuildVocabulary()
    {
        var echoes = EchoPhrases.Select(p => string.Join(' ', TextNormalizer.Tokens(p).Select(CollapseRepeats))).ToHashSet(StringComparer.Ordinal);
        IEnumerable<(string[] Tokens, bool? Meaning, bool Echo)> Read(IEnumerable<string> phrases, bool? meaning)
            => phrases.Select(p => TextNormalizer.Tokens(p).Select(CollapseRepeats).ToArray()).Select(t => (t, meaning, echoes.Contains(string.Join(' ', t))));

        return Read(UnsurePhrases, null)
            .Concat(Read(NoPhrases, false))
            .Concat(Read(YesPhrases, true))
            .OrderByDescending(v => v.Item1.Length)
            .ToList();
    }
}

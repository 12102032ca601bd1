namespace ChatTriage.Bot.Understanding;

/// <summary>
/// A light English suffix stripper. It need not produce real words: phrases and messages go through the same
/// steps, so "stealing", "steals" and "steal" meet at one form.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsAsciiLetter))
        {
            return word;
        }

        var w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            w = Undouble(w[..^3]);
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            w = Undouble(w[..^2]);
        }
        else if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && "sxzh".Contains(w[^3]))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith('e') && w.Length > 4)
        {
            w = w[..^1];
        }

        return w;
    }

    // "robbed" -> "robb" -> "rob"; but "called" -> "call" keeps its double l.
    private static string Undouble(string w) =>
        w.Length > 3 && w[^1] == w[^2] && !"lsz".Contains(w[^1]) ? w[..^1] : w;
}

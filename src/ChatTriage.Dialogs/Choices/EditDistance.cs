namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// Typo tolerance: the edit distance between two words (a swap of neighbouring letters counts as one edit),
/// and how many edits a word of a given length may have and still match.
/// </summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        var rows = a.Length + 1;
        var cols = b.Length + 1;
        var d = new int[rows, cols];
        for (var i = 0; i < rows; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j < cols; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < cols; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// Short words must match exactly (a typo in "no" makes another word); longer words allow more edits.
    /// </summary>
    public static int Allowed(int length) => length switch
    {
        <= 3 => 0,
        <= 5 => 1,
        <= 9 => 2,
        _ => 3,
    };

    public static bool IsClose(string typed, string expected)
    {
        if (typed == expected)
        {
            return true;
        }

        var allowed = Allowed(expected.Length);
        return allowed > 0
            && Math.Abs(typed.Length - expected.Length) <= allowed
            && Between(typed, expected) <= allowed;
    }
}

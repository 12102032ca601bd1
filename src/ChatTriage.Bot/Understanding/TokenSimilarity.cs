namespace ChatTriage.Bot.Understanding;

/// <summary>How alike two normalised words are (1 = same), forgiving small typos in longer words.</summary>
public static class TokenSimilarity
{
    public static double Of(string a, string b)
    {
        if (a == b)
        {
            return 1.0;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4 || Math.Abs(a.Length - b.Length) > 2 || !AllLetters(a) || !AllLetters(b))
        {
            return 0;
        }

        if (Math.Abs(a.Length - b.Length) <= 2 && shorter >= 5 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
        {
            return 0.85;
        }

        var distance = Distance(a, b, 2);
        return distance switch
        {
            1 => 0.8,
            2 when shorter >= 7 => 0.65,
            _ => 0,
        };
    }

    /// <summary>Optimal string alignment distance (a swap of neighbours counts as one), capped at <paramref name="max"/> + 1.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rows (two back, for the swap) on the stack instead of a full matrix on the heap.
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var prev2 = rows[..width];
        var prev = rows.Slice(width, width);
        var cur = rows.Slice(width * 2, width);
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return Math.Min(prev[b.Length], max + 1);
    }

    private static bool AllLetters(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}

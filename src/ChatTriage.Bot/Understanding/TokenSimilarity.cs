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
        if (shorter < 4 || !a.All(char.IsAsciiLetter) || !b.All(char.IsAsciiLetter))
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

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return Math.Min(d[a.Length, b.Length], max + 1);
    }
}

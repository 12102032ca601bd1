namespace ChatTriage.Bot.Validation;

/// <summary>UK phone numbers: 01, 02, 03, 05, 07 and 08 numbers, with or without +44, spaces or dashes.</summary>
public static class UkPhoneNumber
{
    public static bool IsValid(string? text) => Normalise(text) is not null;

    /// <summary>"+44 7700 900123" → "07700900123"; null when not a UK number.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var kept = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '(' and not ')' and not '.').ToArray());
        if (kept.StartsWith("+44", StringComparison.Ordinal))
        {
            kept = "0" + kept[3..].TrimStart('0');
        }
        else if (kept.StartsWith("0044", StringComparison.Ordinal))
        {
            kept = "0" + kept[4..].TrimStart('0');
        }

        if (!kept.All(char.IsAsciiDigit) || kept.Length is < 10 or > 11 || kept[0] != '0' || !"123578".Contains(kept[1]))
        {
            return null;
        }

        // Mobiles (07) are always 11 digits.
        return kept[1] == '7' && kept.Length != 11 ? null : kept;
    }
}

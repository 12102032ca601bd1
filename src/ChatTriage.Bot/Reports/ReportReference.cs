namespace ChatTriage.Bot.Reports;

/// <summary>
/// Report references: <c>CT-YYYY-NNNNNNN-C</c>, for example <c>CT-2026-0000042-K</c>.
/// CT = ChatTriage, YYYY = year submitted, NNNNNNN = a sequence number unique within the store
/// (7 digits, wider when it grows past them), C = a check letter over the digits (weighted mod 23),
/// so a mistyped reference read out over the phone is caught.
/// </summary>
public static class ReportReference
{
    private const string CheckLetters = "ABCDEFGHJKLMNPQRSTUVWXY"; // 23 letters: no I, O or Z (read as 1, 0, 2)

    public static string Create(int year, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        var digits = $"{year:D4}{sequence:D7}";
        return $"CT-{year:D4}-{sequence:D7}-{CheckLetter(digits)}";
    }

    public static bool IsValid(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return false;
        }

        var parts = reference.Trim().ToUpperInvariant().Split('-');
        if (parts.Length != 4 || parts[0] != "CT" || parts[1].Length != 4 || parts[2].Length < 7 || parts[3].Length != 1)
        {
            return false;
        }

        var digits = parts[1] + parts[2];
        return digits.All(char.IsAsciiDigit) && CheckLetter(digits) == parts[3][0];
    }

    private static char CheckLetter(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * (i + 1);
        }

        return CheckLetters[sum % CheckLetters.Length];
    }
}

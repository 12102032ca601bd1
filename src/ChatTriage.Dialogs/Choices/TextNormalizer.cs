using System.Globalization;
using System.Text;

namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// Puts user text into a form that matching can compare: lower case, accents and punctuation removed,
/// apostrophes dropped ("that's" becomes "thats"), runs of spaces collapsed.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Apostrophes join a word ("don't"), they do not split it.
            if (raw is '\'' or '\u2019' or '\u2018' or '`')
            {
                continue;
            }

            if (char.IsLetterOrDigit(raw))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(raw));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static string[] Tokens(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length == 0 ? Array.Empty<string>() : normalized.Split(' ');
    }
}

namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// Turns a message into word ids and clause breaks: lower case, punctuation as clause or word breaks,
/// apostrophes joined ("don't" → "dont", which the token map expands) except "'ll", "'re" and "'d", runs of three or more
/// equal letters collapsed ("helppp" → "help"), text-speak expanded, misspelt key words corrected.
/// </summary>
internal static class Tokenizer
{
    private const int MaxWord = 32;

    /// <summary>Writes tokens into <paramref name="tokens"/> (at least twice the text's length plus 8) and returns how many.</summary>
    public static int Tokenize(CompiledVocabulary vocabulary, ReadOnlySpan<char> text, Span<int> tokens)
    {
        Span<char> word = stackalloc char[MaxWord];
        var length = 0;
        var run = 0;
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                // "3yo", "10mins": a number then letters are two words ("sum1" stays one, for the token map).
                if (length > 0 && char.IsAsciiDigit(word[length - 1]) && char.IsLetter(c))
                {
                    count = Flush(vocabulary, word[..length], tokens, count);
                    length = 0;
                }

                var lower = char.ToLowerInvariant(c);
                run = length > 0 && word[length - 1] == lower && char.IsLetter(lower) ? run + 1 : 1;
                if (run == 3)
                {
                    length--;
                }
                else if (run < 3 && length < MaxWord)
                {
                    word[length++] = lower;
                }

                continue;
            }

            if (IsApostrophe(c) && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                if (EndsWord(text, i + 1, "ll"))
                {
                    count = Flush(vocabulary, word[..length], tokens, count);
                    count = Emit(tokens, count, vocabulary.WillId);
                    length = 0;
                    i += 2;
                }
                else if (EndsWord(text, i + 1, "re"))
                {
                    // "we're" must not read as "were".
                    count = Flush(vocabulary, word[..length], tokens, count);
                    count = Emit(tokens, count, vocabulary.AreId);
                    length = 0;
                    i += 2;
                }
                else if (EndsWord(text, i + 1, "s") && !IsKnown(vocabulary, word[..length], 's'))
                {
                    // Possessive: "my son's bedroom" is "my son bedroom"; "he's", "man's" stay joined for the token map.
                    count = Flush(vocabulary, word[..length], tokens, count);
                    length = 0;
                    i += 1;
                }
                else if (EndsWord(text, i + 1, "d"))
                {
                    count = Flush(vocabulary, word[..length], tokens, count);
                    count = Emit(tokens, count, vocabulary.WouldId);
                    length = 0;
                    i += 1;
                }

                continue;
            }

            count = Flush(vocabulary, word[..length], tokens, count);
            length = 0;
            run = 0;
            if (IsClauseMark(c))
            {
                count = Emit(tokens, count, CompiledVocabulary.Break);
            }
        }

        count = Flush(vocabulary, word[..length], tokens, count);

        // "and he ...", "so now ...": a joiner followed by a subject starts a new clause.
        for (var t = 0; t + 1 < count; t++)
        {
            if (tokens[t] >= 0 && vocabulary.IsJoiner[tokens[t]] && tokens[t + 1] >= 0 && vocabulary.IsSubject[tokens[t + 1]])
            {
                tokens[t] = CompiledVocabulary.Break;
            }
        }

        return count;
    }

    private static int Flush(CompiledVocabulary vocabulary, ReadOnlySpan<char> word, Span<int> tokens, int count)
    {
        if (word.IsEmpty)
        {
            return count;
        }

        if (!vocabulary.Words.TryGetValue(word, out var id))
        {
            return Emit(tokens, count, vocabulary.Typos.Find(word));
        }

        if (vocabulary.IsBreak[id])
        {
            return Emit(tokens, count, CompiledVocabulary.Break);
        }

        if (vocabulary.Expansions[id] is { } expansion)
        {
            foreach (var part in expansion)
            {
                count = Emit(tokens, count, part);
            }

            return count;
        }

        return Emit(tokens, count, id);
    }

    private static bool IsKnown(CompiledVocabulary vocabulary, ReadOnlySpan<char> word, char suffix)
    {
        Span<char> joined = stackalloc char[MaxWord + 1];
        word.CopyTo(joined);
        joined[word.Length] = suffix;
        return vocabulary.Words.TryGetValue(joined[..(word.Length + 1)], out _);
    }

    private static int Emit(Span<int> tokens, int count, int token)
    {
        if (count >= tokens.Length || (token == CompiledVocabulary.Break && (count == 0 || tokens[count - 1] == CompiledVocabulary.Break)))
        {
            return count;
        }

        tokens[count] = token;
        return count + 1;
    }

    private static bool EndsWord(ReadOnlySpan<char> text, int at, string suffix) =>
        text.Length >= at + suffix.Length
        && text.Slice(at, suffix.Length).Equals(suffix, StringComparison.OrdinalIgnoreCase)
        && (text.Length == at + suffix.Length || !char.IsLetter(text[at + suffix.Length]));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4';

    private static bool IsClauseMark(char c) => c is '.' or '!' or '?' or ';' or ':' or ',' or '\n' or '\r' or '\u2026' or '(' or ')' or '"' or '\u201C' or '\u201D';
}

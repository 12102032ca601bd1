using ChatTriage.Bot.Content;

namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// Validates the detector's vocabulary and compiles it. Every problem is a <see cref="ContentException"/>
/// naming the file and the line of the rule, set or list at fault.
/// </summary>
internal sealed class VocabularyCompiler
{
    private const int MaxOptionalWords = 6;

    private readonly string path;
    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly List<string> wordText = [];
    private readonly HashSet<int> contentWords = [];
    private readonly Dictionary<string, int> setIds = new(StringComparer.Ordinal);
    private readonly List<List<int>> setMembers = [];
    private readonly List<CompiledPattern> patterns = [];

    private VocabularyCompiler(string path) => this.path = path;

    public static CompiledVocabulary Compile(DetectorVocabularyDefinition definition, string path) =>
        new VocabularyCompiler(path).Build(definition);

    private CompiledVocabulary Build(DetectorVocabularyDefinition d)
    {
        foreach (var set in d.WordSets)
        {
            RequireId(set.Id, set.SourceLine, "word set");
            if (setIds.ContainsKey(set.Id))
            {
                throw Problem(set.SourceLine, $"duplicate word set id '{set.Id}'");
            }

            RequireNotEmpty(set.Words, set.SourceLine, $"word set '{set.Id}' has no words");
            setIds[set.Id] = setMembers.Count;
            var members = new List<int>();
            foreach (var word in set.Words)
            {
                var id = Intern(RequireWord(word, set.SourceLine), content: true);
                if (members.Contains(id))
                {
                    throw Problem(set.SourceLine, $"word set '{set.Id}' lists '{word}' twice");
                }

                members.Add(id);
            }

            setMembers.Add(members);
        }

        var rules = new List<CompiledRule>();
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in d.Rules)
        {
            RequireId(rule.Id, rule.SourceLine, "rule");
            if (!ruleIds.Add(rule.Id))
            {
                throw Problem(rule.SourceLine, $"duplicate rule id '{rule.Id}'");
            }

            if (string.IsNullOrWhiteSpace(rule.Category) || string.IsNullOrWhiteSpace(rule.Explain))
            {
                throw Problem(rule.SourceLine, $"rule '{rule.Id}' needs a category and an explain text");
            }

            RequireNotEmpty(rule.Patterns, rule.SourceLine, $"rule '{rule.Id}' has no patterns");
            foreach (var pattern in rule.Patterns)
            {
                AddPattern(pattern, rule.SourceLine, CueKind.Rule, rules.Count);
            }

            rules.Add(new CompiledRule(rule.Id, rule.Category, rule.Strength, rule.Explain));
        }

        RequireNotEmpty(d.Rules, d.SourceLine, "there are no rules");
        var cues = d.Cues;
        AddCues(cues.Present, cues.SourceLine, CueKind.Present, "present");
        AddCues(cues.StrongPast, cues.SourceLine, CueKind.StrongPast, "strong_past");
        AddCues(cues.WeakPast, cues.SourceLine, CueKind.WeakPast, "weak_past");
        AddCues(cues.Negation, cues.SourceLine, CueKind.Negation, "negation");
        AddCues(cues.Uncertain, cues.SourceLine, CueKind.Uncertain, "uncertain");
        AddCues(cues.Hypothetical, cues.SourceLine, CueKind.Hypothetical, "hypothetical");
        AddCues(cues.News, cues.SourceLine, CueKind.News, "news");
        AddCues(cues.Joking, cues.SourceLine, CueKind.Joking, "joking");
        AddCues(cues.Recovery, cues.SourceLine, CueKind.Recovery, "recovery");
        AddCues(cues.Figurative, cues.SourceLine, CueKind.Figurative, "figurative");
        AddCues(cues.Recent, cues.SourceLine, CueKind.Recent, "recent", optional: true);
        AddCues(cues.NotOver, cues.SourceLine, CueKind.NotOver, "not_over", optional: true);

        var expansionsByWord = new Dictionary<int, int[]>();
        foreach (var (from, to) in d.TokenMap)
        {
            var key = Intern(RequireWord(from, d.SourceLine), content: false);
            var targets = to.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (targets.Length is 0 or > 4)
            {
                throw Problem(d.SourceLine, $"token_map '{from}' must map to one to four words");
            }

            expansionsByWord[key] = [.. targets.Select(t => Intern(RequireWord(t, d.SourceLine), content: false))];
        }

        // Known words are never corrected; that is all not_typos needs.
        foreach (var word in d.NotTypos)
        {
            Intern(RequireWord(word, d.SourceLine), content: false);
        }

        var breaks = d.ClauseBreaks.Select(w => Intern(RequireWord(w, d.SourceLine), content: false)).ToList();
        var joiners = d.ClauseJoiners.Select(w => Intern(RequireWord(w, d.SourceLine), content: false)).ToList();
        var subjects = d.ClauseSubjects.Select(w => Intern(RequireWord(w, d.SourceLine), content: false)).ToList();
        var willId = Intern("will", content: false);
        var wouldId = Intern("would", content: false);
        var areId = Intern("are", content: false);

        var count = wordText.Count;
        var stride = Math.Max(1, (setMembers.Count + 63) / 64);
        var bits = new ulong[count * stride];
        for (var set = 0; set < setMembers.Count; set++)
        {
            foreach (var word in setMembers[set])
            {
                bits[(word * stride) + (set >> 6)] |= 1UL << (set & 63);
            }
        }

        var expansions = new int[]?[count];
        foreach (var (word, targets) in expansionsByWord)
        {
            expansions[word] = targets;
        }

        // Set ids are final only now: build each pattern's prefilter.
        for (var p = 0; p < patterns.Count; p++)
        {
            patterns[p] = CompiledPattern.Create(patterns[p].Elements, patterns[p].Kind, patterns[p].RuleIndex, stride);
        }

        var candidates = new List<int>[count];
        for (var p = 0; p < patterns.Count; p++)
        {
            var first = patterns[p].Elements[0];
            var starts = first.Kind == PatternElementKind.Word ? [first.Id] : setMembers[first.Id];
            foreach (var word in starts)
            {
                (candidates[word] ??= []).Add(p);
            }
        }

        var keywords = new bool[count];
        foreach (var word in contentWords)
        {
            keywords[word] = wordText[word].Length >= TypoIndex.MinLength && expansions[word] is null;
        }

        var text = wordText.ToArray();
        return new CompiledVocabulary(
            words,
            text,
            bits,
            stride,
            expansions,
            Flags(count, breaks),
            Flags(count, joiners),
            Flags(count, subjects),
            [.. patterns],
            [.. candidates.Select(c => c?.ToArray() ?? [])],
            [.. rules],
            new TypoIndex(words, text, keywords),
            willId,
            wouldId,
            areId);
    }

    private static bool[] Flags(int count, List<int> ids)
    {
        var flags = new bool[count];
        foreach (var id in ids)
        {
            flags[id] = true;
        }

        return flags;
    }

    private void AddCues(List<string> list, int line, CueKind kind, string name, bool optional = false)
    {
        if (!optional)
        {
            RequireNotEmpty(list, line, $"cue list '{name}' is empty");
        }

        foreach (var pattern in list)
        {
            AddPattern(pattern, line, kind, -1);
        }
    }

    private void AddPattern(string pattern, int line, CueKind kind, int ruleIndex)
    {
        var parts = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw Problem(line, "a pattern is empty");
        }

        var elements = new List<(PatternElement Element, bool Optional)>();
        foreach (var part in parts)
        {
            if (part == "~")
            {
                elements.Add((new PatternElement(PatternElementKind.Gap, 0), false));
                continue;
            }

            var optional = part.EndsWith('?');
            var body = optional ? part[..^1] : part;
            if (body.StartsWith('{') && body.EndsWith('}'))
            {
                var name = body[1..^1];
                if (!setIds.TryGetValue(name, out var setId))
                {
                    throw Problem(line, $"pattern '{pattern}' refers to unknown word set '{name}'");
                }

                elements.Add((new PatternElement(PatternElementKind.Set, setId), optional));
            }
            else
            {
                elements.Add((new PatternElement(PatternElementKind.Word, Intern(RequireWord(body, line, pattern), content: true)), optional));
            }
        }

        var optionalCount = elements.Count(e => e.Optional);
        if (optionalCount > MaxOptionalWords)
        {
            throw Problem(line, $"pattern '{pattern}' has more than {MaxOptionalWords} optional words");
        }

        var added = 0;
        for (var mask = 0; mask < 1 << optionalCount; mask++)
        {
            var variant = new List<PatternElement>();
            var bit = 0;
            foreach (var (element, optional) in elements)
            {
                if (!optional || (mask & (1 << bit++)) != 0)
                {
                    if (element.Kind != PatternElementKind.Gap || (variant.Count > 0 && variant[^1].Kind != PatternElementKind.Gap))
                    {
                        variant.Add(element);
                    }
                }
            }

            while (variant.Count > 0 && variant[^1].Kind == PatternElementKind.Gap)
            {
                variant.RemoveAt(variant.Count - 1);
            }

            if (variant.Count > 0)
            {
                patterns.Add(new CompiledPattern([.. variant], kind, ruleIndex, [], 0));
                added++;
            }
        }

        if (added == 0 || elements.All(e => e.Optional || e.Element.Kind == PatternElementKind.Gap))
        {
            throw Problem(line, $"pattern '{pattern}' needs at least one required word");
        }
    }

    private int Intern(string word, bool content)
    {
        if (!words.TryGetValue(word, out var id))
        {
            id = wordText.Count;
            words[word] = id;
            wordText.Add(word);
        }

        if (content)
        {
            contentWords.Add(id);
        }

        return id;
    }

    private string RequireWord(string? word, int line, string? pattern = null)
    {
        if (string.IsNullOrEmpty(word) || !word.All(c => char.IsLetterOrDigit(c) && !char.IsUpper(c)))
        {
            var where = pattern is null ? "" : $" in pattern '{pattern}'";
            throw Problem(line, $"'{word}'{where} must be one lower-case word without punctuation (write \"do not\", not \"don't\")");
        }

        return word;
    }

    private void RequireId(string? id, int line, string what)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw Problem(line, $"a {what} has no id");
        }
    }

    private void RequireNotEmpty<T>(List<T>? list, int line, string problem)
    {
        if (list is null || list.Count == 0)
        {
            throw Problem(line, problem);
        }
    }

    private ContentException Problem(int line, string problem) => new(path, line, problem);
}

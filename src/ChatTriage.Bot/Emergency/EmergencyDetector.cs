using System.Buffers;
using ChatTriage.Bot.Emergency.Classifier;
using ChatTriage.Bot.Emergency.SecondOpinion;
using ChatTriage.Bot.Emergency.Vocabulary;

namespace ChatTriage.Bot.Emergency;

/// <summary>
/// Decides whether a message means someone must call 999 now. Pure and thread-safe: the vocabulary
/// (dialogs/emergency/detector.yaml) is compiled once; each call tokenises the message, finds rule and cue
/// phrases clause by clause, and lets each rule's match stand unless the context stands it down
/// (figure of speech, news, hypothetical, negation, past, over).
/// </summary>
public sealed class EmergencyDetector
{
    private const int StackTokens = 512;

    private readonly CompiledVocabulary vocabulary;
    private readonly SecondOpinionModel? secondOpinion;
    private readonly EmergencyClassifier? classifier;

    internal EmergencyDetector(CompiledVocabulary vocabulary, SecondOpinionModel? secondOpinion = null, EmergencyClassifier? classifier = null)
    {
        this.vocabulary = vocabulary;
        this.secondOpinion = secondOpinion;
        this.classifier = classifier;
        List<string> ids = [.. vocabulary.Rules.Select(r => r.Id)];
        if (secondOpinion is not null)
        {
            ids.Add(SecondOpinionModel.RuleId);
        }

        if (classifier is not null)
        {
            ids.Add(EmergencyClassifier.RuleId);
        }

        RuleIds = ids;
    }

    /// <summary>The ids of the rules, in file order.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>Reads and compiles the detector's vocabulary file; invalid content throws ContentException with path:line.</summary>
    public static EmergencyDetector Load(string vocabularyPath) =>
        new(VocabularyCompiler.Compile(Content.YamlContent.Load<DetectorVocabularyDefinition>(vocabularyPath), vocabularyPath));

    /// <summary>Compiles a vocabulary already read (tests, tools).</summary>
    public static EmergencyDetector Compile(DetectorVocabularyDefinition definition, string path) =>
        new(VocabularyCompiler.Compile(definition, path));

    /// <summary>
    /// The same rules, plus a second opinion asked when no rule fired and none was stood down for a figure of speech,
    /// news, a joke, a hypothetical or a negation (a stand-down for tense alone may be overruled by it).
    /// </summary>
    public EmergencyDetector WithSecondOpinion(SecondOpinionModel model) => new(vocabulary, model, classifier);

    /// <summary>
    /// The same rules and second opinion, with a classifier over the whole message: it fires on its own when it is
    /// sure, and stands a rule's match down only when it is sure the message is not an emergency, within the limits of
    /// <see cref="ClassifierWeighing"/>.
    /// </summary>
    public EmergencyDetector WithClassifier(EmergencyClassifier model) => new(vocabulary, secondOpinion, model);

    /// <summary>The decision for one message. Never throws for any text.</summary>
    public EmergencyDetection Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return EmergencyDetection.None;
        }

        var size = (text.Length * 2) + 8;
        int[]? rented = null;
        var tokens = size <= StackTokens ? stackalloc int[StackTokens] : (rented = ArrayPool<int>.Shared.Rent(size));
        var hits = ArrayPool<Hit>.Shared.Rent(32);
        try
        {
            var count = Tokenizer.Tokenize(vocabulary, text, tokens);
            var hitCount = FindHits(tokens[..count], ref hits);
            var decision = Decide(hits.AsSpan(0, hitCount), out var onlyTimeStoodDown, out var over, out var negated, out var onCue, out var standDown);

            // Asked when no rule phrase was found, or every match was stood down only for its tense ("has smashed
            // the glass and is coming in"); never over a figure of speech, news, a joke, a hypothetical or a negation,
            // nor when the resident says it is over ("he has gone now, i am safe"): no rule saw danger there.
            var none = ReferenceEquals(decision, EmergencyDetection.None);
            var judged = !decision.Matched && (none || onlyTimeStoodDown) && !over && secondOpinion is not null
                ? secondOpinion.Judge(text, overrulingTense: !none) ?? decision
                : decision;
            return classifier is null
                ? judged
                : ClassifierWeighing.Weigh(judged, onCue && ReferenceEquals(judged, decision), standDown, over, classifier.Probability(text), EmergencyClassifier.CountWords(text), negated);
        }
        finally
        {
            ArrayPool<Hit>.Shared.Return(hits);
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private int FindHits(ReadOnlySpan<int> tokens, ref Hit[] hits)
    {
        var count = 0;
        var clauseStart = 0;
        Span<ulong> clauseSets = stackalloc ulong[vocabulary.Stride];
        for (var end = 0; end <= tokens.Length; end++)
        {
            if (end < tokens.Length && tokens[end] != CompiledVocabulary.Break)
            {
                continue;
            }

            var clause = tokens[clauseStart..end];
            clauseSets.Clear();
            ulong clauseWords = 0;
            foreach (var token in clause)
            {
                if (token >= 0)
                {
                    clauseWords |= CompiledPattern.WordBit(token);
                    var row = vocabulary.SetRow(token);
                    for (var s = 0; s < row.Length; s++)
                    {
                        clauseSets[s] |= row[s];
                    }
                }
            }

            for (var i = 0; i < clause.Length; i++)
            {
                var word = clause[i];
                if (word < 0)
                {
                    continue;
                }

                foreach (var p in vocabulary.Candidates[word])
                {
                    var pattern = vocabulary.Patterns[p];
                    ulong gaps = 0;
                    if (pattern.MayMatch(clauseSets, clauseWords) && Match(pattern.Elements, 1, clause, i + 1, i, ref gaps, out var matchEnd))
                    {
                        if (count == hits.Length)
                        {
                            Grow(ref hits);
                        }

                        hits[count++] = new Hit(pattern.Kind, pattern.RuleIndex, clauseStart + i, clauseStart + matchEnd, clauseStart, end, gaps);
                    }
                }
            }

            clauseStart = end + 1;
        }

        return count;
    }

    private bool Match(PatternElement[] elements, int e, ReadOnlySpan<int> clause, int pos, int start, ref ulong gaps, out int end)
    {
        if (e == elements.Length)
        {
            end = pos;
            return true;
        }

        var element = elements[e];
        if (element.Kind == PatternElementKind.Gap)
        {
            for (var skip = 0; skip <= PatternElement.MaxGap && pos + skip <= clause.Length; skip++)
            {
                if (Match(elements, e + 1, clause, pos + skip, start, ref gaps, out end))
                {
                    for (var g = pos; g < pos + skip && g - start < 64; g++)
                    {
                        gaps |= 1UL << (g - start);
                    }

                    return true;
                }
            }

            end = 0;
            return false;
        }

        end = 0;
        return pos < clause.Length && clause[pos] >= 0 && vocabulary.Accepts(element, clause[pos])
            && Match(elements, e + 1, clause, pos + 1, start, ref gaps, out end);
    }

    private EmergencyDetection Decide(ReadOnlySpan<Hit> hits, out bool onlyTimeStoodDown, out bool over, out bool negated, out bool onCue, out Suppression? standDown)
    {
        onCue = false;
        standDown = null;
        onlyTimeStoodDown = false;
        over = false;
        negated = false;
        foreach (var hit in hits)
        {
            over |= hit.Kind == CueKind.Recovery && !HitJudge.Voided(hit, hits);
        }

        EmergencyDetection? stoodDown = null;
        foreach (var hit in hits)
        {
            if (hit.Kind != CueKind.Rule)
            {
                continue;
            }

            var rule = vocabulary.Rules[hit.RuleIndex];
            var reason = HitJudge.Judge(hit, rule.Strength, hits, over, out onCue);
            if (reason is null)
            {
                return rule.Fired;
            }

            onlyTimeStoodDown = (stoodDown is null || onlyTimeStoodDown) && reason.Value is Suppression.Past or Suppression.NotNow;
            negated |= reason.Value == Suppression.Negated;
            standDown ??= reason.Value;
            stoodDown ??= rule.StoodDown[(int)reason.Value];
        }

        return stoodDown ?? EmergencyDetection.None;
    }

    private static void Grow(ref Hit[] hits)
    {
        var bigger = ArrayPool<Hit>.Shared.Rent(hits.Length * 2);
        hits.CopyTo(bigger, 0);
        ArrayPool<Hit>.Shared.Return(hits);
        hits = bigger;
    }
}

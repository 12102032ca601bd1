using ChatTriage.Bot.Content;
using ChatTriage.Bot.Emergency;

namespace ChatTriage.Bot.Tests.Emergency;

public sealed class EmergencyContentTests : IDisposable
{
    private const string MinimalVocabulary = """
        token_map:
          u: you
        not_typos: [shout]
        clause_breaks: [but]
        clause_joiners: [and]
        clause_subjects: [he]
        word_sets:
          - id: weapon
            words: [knife, gun]
        cues:
          present: [now]
          strong_past: [yesterday]
          weak_past: [was]
          negation: [not]
          uncertain: [not sure]
          hypothetical: [what if]
          news: [news]
          joking: [lol]
          recovery: [i am safe]
          figurative: [could murder]
        rules:
          - id: weapon
            category: violence
            strength: always
            explain: a weapon
            patterns: ["has a {weapon}"]
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "ct-emergency-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void TheRealContentLoadsAndTheMessageStartsWithCall999()
    {
        var content = RepoContent.Emergency;

        Assert.StartsWith("Call 999 now.", content.MessageText, StringComparison.Ordinal);
        Assert.Contains("999", content.ApologyLine, StringComparison.Ordinal);
        Assert.Contains("999", content.CautionLine, StringComparison.Ordinal);
        Assert.NotEmpty(content.Detector.RuleIds);
    }

    [Theory]
    [InlineData("press 55")]
    [InlineData("does not tell the police where you are")]
    [InlineData("registered with emergencySMS")]
    [InlineData("[18000](tel:18000)")]
    [InlineData("999bsl.co.uk")]
    [InlineData("[Call 999](tel:999)")]
    [InlineData("Cough or tap")]
    public void TheMessageCarriesTheSilentSolutionAndAccessibleRoutes(string fact)
    {
        Assert.Contains(fact, RepoContent.Emergency.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public void AMinimalVocabularyCompilesAndDetects()
    {
        var content = Write(MinimalVocabulary);

        Assert.True(content.Detector.Detect("he has a knife").Matched);
        Assert.False(content.Detector.Detect("he has a spoon").Matched);
    }

    [Fact]
    public void AnUnknownWordSetInAPatternNamesTheFileAndTheRuleLine()
    {
        var ex = Assert.Throws<ContentException>(() => Write(MinimalVocabulary.Replace("has a {weapon}", "has a {weapons}")));

        Assert.EndsWith("detector.yaml", ex.Path);
        Assert.Equal(LineOf(MinimalVocabulary, "  - id: weapon\n    category"), ex.Line);
        Assert.Contains("weapons", ex.Problem);
    }

    [Fact]
    public void ADuplicateRuleIdIsRejectedWithItsLine()
    {
        var yaml = MinimalVocabulary + """

              - id: weapon
                category: violence
                strength: present
                explain: again
                patterns: ["has a gun"]
            """;

        var ex = Assert.Throws<ContentException>(() => Write(yaml));

        Assert.Contains("duplicate rule id 'weapon'", ex.Problem);
        Assert.Equal(LineOf(yaml, "  - id: weapon\n    category: violence\n    strength: present"), ex.Line);
    }

    [Fact]
    public void ADuplicateWordSetIdIsRejected()
    {
        var yaml = MinimalVocabulary.Replace("word_sets:\n", "word_sets:\n  - id: weapon\n    words: [axe]\n");

        var ex = Assert.Throws<ContentException>(() => Write(yaml));

        Assert.Contains("duplicate word set id", ex.Problem);
    }

    [Theory]
    [InlineData("words: [knife, gun]", "words: []", "has no words")]
    [InlineData("patterns: [\"has a {weapon}\"]", "patterns: []", "has no patterns")]
    [InlineData("negation: [not]", "negation: []", "cue list 'negation' is empty")]
    [InlineData("patterns: [\"has a {weapon}\"]", "patterns: [\"he's got a {weapon}\"]", "lower-case word")]
    [InlineData("patterns: [\"has a {weapon}\"]", "patterns: [\"{weapon}? ~\"]", "needs at least one required word")]
    [InlineData("explain: a weapon", "explain: \"\"", "needs a category and an explain text")]
    public void InvalidVocabularyIsRejectedWithAClearProblem(string from, string to, string problem)
    {
        var ex = Assert.Throws<ContentException>(() => Write(MinimalVocabulary.Replace(from, to)));

        Assert.Contains(problem, ex.Problem);
        Assert.True(ex.Line > 0);
    }

    [Fact]
    public void AnUnknownKeyIsRejectedWithItsLine()
    {
        var ex = Assert.Throws<ContentException>(() => Write(MinimalVocabulary.Replace("    strength: always", "    strenght: always")));

        Assert.Equal(LineOf(MinimalVocabulary, "    strength: always"), ex.Line);
    }

    [Fact]
    public void AMessageThatDoesNotStartWithCall999IsRejected()
    {
        var ex = Assert.Throws<ContentException>(() => Write(MinimalVocabulary, "text: Please stay calm.\napology_line: call 999\ncaution_line: call 999\nsafe_again_words: [continue]\n"));

        Assert.EndsWith("message.yaml", ex.Path);
        Assert.Contains("call 999", ex.Problem);
    }

    [Fact]
    public void AMessageFileWithoutTheCarryOnWordsIsRejected()
    {
        var ex = Assert.Throws<ContentException>(() => Write(MinimalVocabulary, "text: Call 999 now.\napology_line: call 999\ncaution_line: call 999\n"));

        Assert.EndsWith("message.yaml", ex.Path);
        Assert.Contains("safe_again_words", ex.Problem);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int LineOf(string yaml, string fragment) => yaml[..yaml.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private EmergencyContent Write(string vocabulary, string message = "text: Call 999 now.\napology_line: If anyone is in danger now, call 999.\ncaution_line: If anyone is in danger now, call 999.\nsafe_again_words: [continue]\n")
    {
        var emergency = Path.Combine(folder, EmergencyContent.Folder);
        Directory.CreateDirectory(emergency);
        File.WriteAllText(Path.Combine(emergency, EmergencyContent.DetectorFile), vocabulary);
        File.WriteAllText(Path.Combine(emergency, EmergencyContent.MessageFile), message);
        return EmergencyContent.Load(folder);
    }
}

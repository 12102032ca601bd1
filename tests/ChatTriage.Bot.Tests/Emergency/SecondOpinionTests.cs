using ChatTriage.Bot.Content;
using ChatTriage.Bot.Emergency;
using ChatTriage.Bot.Emergency.SecondOpinion;

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>The second opinion: what it catches that the rules' lexicon lacks, what it leaves alone, and its loader.</summary>
public sealed class SecondOpinionTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "second-opinion-" + Guid.NewGuid().ToString("N"));

    /// <summary>Written for this test after the model was built; none is in examples.tsv or any held-out file.</summary>
    [Theory]
    [InlineData("my partner has his knee on my chest and i can't get up")]
    [InlineData("my mum has collapsed in the kitchen and she isn't moving")]
    [InlineData("there's a man in my garden trying the back door and i'm on my own with the baby")]
    [InlineData("my boyfriend is dragging me down the stairs by my hair")]
    [InlineData("i'm standing on the bridge and i'm going to jump tonight")]
    public void UnseenEmergenciesAreCaughtByTheRulesOrTheSecondOpinion(string text)
    {
        Assert.True(RepoContent.Emergency.Detector.Detect(text).Matched, text);
    }

    [Theory]
    [InlineData("this traffic is killing me")]
    [InlineData("i nearly died laughing at that film last night")]
    [InlineData("i was burgled last year and need the crime number for my insurance")]
    [InlineData("what should i do if someone ever threatens me with a knife")]
    [InlineData("how do i report a pothole on my road")]
    [InlineData("someone smashed my car window overnight and took my sat nav")]
    [InlineData("i'd like to know how to get my driving licence back")]
    public void FiguresOfSpeechPastEventsAndEverydayQuestionsStayQuiet(string text)
    {
        var d = RepoContent.Emergency.Detector.Detect(text);
        Assert.False(d.Matched, d.RuleId + " " + d.Explanation);
    }

    [Fact]
    public void TheShippedDetectorListsTheSecondOpinionAmongItsRules()
    {
        Assert.Contains(SecondOpinionModel.RuleId, RepoContent.Emergency.Detector.RuleIds);
    }

    [Fact]
    public void AFiringNamesItsRuleAndTheWordsThatWeighedMost()
    {
        var model = SecondOpinionModel.Train(
        [
            new(true, "a stranger is sitting in my kitchen"),
            new(true, "there is a stranger in my kitchen and i am scared"),
            new(true, "a stranger is in the kitchen right now"),
            new(false, "i want to report a pothole"),
            new(false, "how do i renew my licence"),
            new(false, "my kitchen tap is leaking"),
        ]);

        var decision = model.Judge("help a stranger is in my kitchen");

        Assert.NotNull(decision);
        Assert.True(decision.Matched);
        Assert.Equal(SecondOpinionModel.RuleId, decision.RuleId);
        Assert.Contains("stranger", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageLikeOnlyTheHarmlessExamplesIsNotJudgedAnEmergency()
    {
        var model = SecondOpinionModel.Train(
        [
            new(true, "a stranger is sitting in my kitchen"),
            new(true, "someone is stabbing my brother"),
            new(false, "i want to report a pothole on my road"),
            new(false, "how do i report a pothole"),
        ]);

        Assert.Null(model.Judge("i want to report a pothole"));
    }

    [Fact]
    public void OverrulingARuleThatStoodDownForTenseNeedsStrongerEvidence()
    {
        LabelledExample[] examples =
        [
            new(true, "a stranger is sitting in my kitchen"),
            new(true, "a stranger is in my kitchen"),
            new(false, "i want to report a pothole"),
            new(false, "how do i renew my licence"),
        ];
        var score = SecondOpinionModel.Train(examples).Score("a stranger in my kitchen");

        // A threshold just under the score: enough to fire alone, not enough to overrule a tense stand-down.
        var model = SecondOpinionModel.Train(examples, threshold: score - 1);

        Assert.NotNull(model.Judge("a stranger in my kitchen"));
        Assert.Null(model.Judge("a stranger in my kitchen", overrulingTense: true));
    }

    [Fact]
    public void TrainingNeedsBothKindsOfExample()
    {
        Assert.Throws<ArgumentException>(() => SecondOpinionModel.Train([new(true, "help he is hitting me")]));
    }

    [Theory]
    [InlineData("violence\the is hitting me\nno tab on this row\n", 4, "expected 'label<TAB>text'")]
    [InlineData("violence\the is hitting me\nviolent\tmisspelt label\n", 4, "unknown label 'violent'")]
    [InlineData("violence\the is hitting me\nnone\t   \n", 4, "the text after the tab is empty")]
    [InlineData("violence\the is hitting me\n", 3, "needs both emergency rows and 'none' rows")]
    public void ABadExamplesFileStopsLoadingWithItsPathAndLine(string rows, int line, string problem)
    {
        WriteContent("# comment\nlabel\ttext\n" + rows);

        var ex = Assert.Throws<ContentException>(() => EmergencyContent.Load(folder));

        Assert.EndsWith(EmergencyContent.ExamplesFile, ex.Path, StringComparison.Ordinal);
        Assert.Equal(line, ex.Line);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{ex.Path}:{line}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidExamplesFileAddsTheSecondOpinionToTheLoadedDetector()
    {
        WriteContent("violence\the is hitting me\nnone\thow do i report a pothole\n");

        Assert.Contains(SecondOpinionModel.RuleId, EmergencyContent.Load(folder).Detector.RuleIds);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void WriteContent(string examples)
    {
        var source = Path.Combine(RepoContent.DialogsFolder, EmergencyContent.Folder);
        var emergency = Path.Combine(folder, EmergencyContent.Folder);
        Directory.CreateDirectory(emergency);
        File.Copy(Path.Combine(source, EmergencyContent.DetectorFile), Path.Combine(emergency, EmergencyContent.DetectorFile));
        File.Copy(Path.Combine(source, EmergencyContent.MessageFile), Path.Combine(emergency, EmergencyContent.MessageFile));
        File.WriteAllText(Path.Combine(emergency, EmergencyContent.ExamplesFile), examples);
    }
}

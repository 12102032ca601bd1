using ChatTriage.Bot.Content;
using ChatTriage.Bot.Tests.Support;

namespace ChatTriage.Bot.Tests.Content;

public class TriageContentTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ct-content-" + Guid.NewGuid().ToString("N"));

    public TriageContentTests()
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepoPaths.Dialogs, "*.yaml"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        Directory.Delete(folder, true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void TheRealDialogsFolderLoadsWithEnoughEntriesAndAnswers()
    {
        var content = TriageContent.Load(RepoPaths.Dialogs);
        Assert.True(content.RightService.Entries.Count >= 20);
        Assert.True(content.OnlineAnswers.Answers.Count >= 25);
        Assert.Equal(5, content.Welcome.Options.Count);
        Assert.Contains(content.OnlineAnswers.Answers, a => a.Answer.Contains("£29,331", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFraudEntryNamesReportFraudNotActionFraudAsTheService()
    {
        var fraud = TriageContent.Load(RepoPaths.Dialogs).RightService.Entries.Single(e => e.Id == "fraud");
        Assert.Equal("https://www.reportfraud.police.uk", fraud.Link);
        Assert.Equal("0300 123 2040", fraud.Phone);
    }

    [Fact]
    public void AnUnknownKeyStopsLoadingWithItsFileAndLine()
    {
        Edit(TriageContent.GlobalFile, "goodbye:", "goodbye_message: \"x\"\ngoodbye:");
        var ex = Assert.Throws<ContentException>(() => TriageContent.Load(folder));
        Assert.EndsWith(TriageContent.GlobalFile, ex.Path, StringComparison.Ordinal);
        Assert.Equal(LineOf(TriageContent.GlobalFile, "goodbye_message:"), ex.Line);
        Assert.Contains($"{ex.Path}:{ex.Line}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingRequiredTextStopsLoadingAtTheItemsLine()
    {
        Edit(TriageContent.RightServiceFile, "    advice: \"Dog fouling is dealt with by your local council.\"\n", string.Empty);
        var ex = Assert.Throws<ContentException>(() => TriageContent.Load(folder));
        Assert.Contains("'advice' is required", ex.Problem, StringComparison.Ordinal);
        Assert.Equal(LineOf(TriageContent.RightServiceFile, "  - id: dog-fouling"), ex.Line);
    }

    [Fact]
    public void ADuplicateIdIsReportedAtTheSecondOne()
    {
        Edit(TriageContent.OnlineAnswersFile, "  - id: drones", "  - id: dbs-check");
        var ex = Assert.Throws<ContentException>(() => TriageContent.Load(folder));
        Assert.Contains("duplicate id 'dbs-check'", ex.Problem, StringComparison.Ordinal);
        Assert.Equal(LineOf(TriageContent.OnlineAnswersFile, "  - id: dbs-check", last: true), ex.Line);
    }

    [Fact]
    public void AWelcomeOptionPointingAtAnUnknownRouteIsABrokenReference()
    {
        Edit(TriageContent.WelcomeFile, "  - route: check-online", "  - route: check-onlin");
        var ex = Assert.Throws<ContentException>(() => TriageContent.Load(folder));
        Assert.Contains("'check-onlin' is not a route", ex.Problem, StringComparison.Ordinal);
        Assert.Equal(LineOf(TriageContent.WelcomeFile, "  - route: check-onlin"), ex.Line);
    }

    [Fact]
    public void TooFewDirectoryEntriesAreRefused()
    {
        var path = Path.Combine(folder, TriageContent.RightServiceFile);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..text.IndexOf("  - id: pests", StringComparison.Ordinal)]);
        var ex = Assert.Throws<ContentException>(() => TriageContent.Load(folder));
        Assert.Contains("at least 20", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenYamlGivesTheLine()
    {
        Edit(TriageContent.CrimeReportFile, "when:\n", "when: [unclosed\n");
        var ex = Assert.Throws<ContentException>(() => TriageContent.Load(folder));
        Assert.EndsWith(TriageContent.CrimeReportFile, ex.Path, StringComparison.Ordinal);
        Assert.True(ex.Line >= LineOf(TriageContent.CrimeReportFile, "when: [unclosed"), ex.Message);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        File.Delete(Path.Combine(folder, TriageContent.CollisionFile));
        var ex = Assert.Throws<ContentException>(() => TriageContent.Load(folder));
        Assert.EndsWith(TriageContent.CollisionFile, ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ASummaryLabelMissingForAReportAnswerIsRefused()
    {
        Edit(TriageContent.CrimeReportFile, "    evidence: \"Witnesses and evidence\"\n", string.Empty);
        var ex = Assert.Throws<ContentException>(() => TriageContent.Load(folder));
        Assert.Contains("no entry for 'evidence'", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdThatIsNotLowerCaseWordsIsRefused()
    {
        Edit(TriageContent.RightServiceFile, "  - id: graffiti", "  - id: Graffiti Wall");
        var ex = Assert.Throws<ContentException>(() => TriageContent.Load(folder));
        Assert.Contains("lower-case", ex.Problem, StringComparison.Ordinal);
        Assert.Equal(LineOf(TriageContent.RightServiceFile, "  - id: Graffiti Wall"), ex.Line);
    }

    private void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);
    }

    private int LineOf(string file, string start, bool last = false)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, file));
        var index = last ? Array.FindLastIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal)) : Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, start);
        return index + 1;
    }
}

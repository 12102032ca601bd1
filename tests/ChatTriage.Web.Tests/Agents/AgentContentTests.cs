using ChatTriage.Web.Hosting;
using Microsoft.Extensions.Configuration;
using ChatTriage.Bot.Content;
using ChatTriage.Web.Agents.Content;
using ChatTriage.Web.Agents.Relay;

namespace ChatTriage.Web.Tests.Agents;

public sealed class AgentContentTests
{
    private static readonly AgentContent Content = AgentContent.Load(Path.Combine(DialogsFolder.Locate(new ConfigurationBuilder().Build(), AppContext.BaseDirectory), "agents"));

    [Fact]
    public void TheSilentSolutionResponseSaysPress55FromAMobileAndThatItDoesNotGiveALocation()
    {
        var text = Content.CannedResponses.Single(c => c.Id == "silent-solution").Text;

        Assert.Contains("press 55", text, StringComparison.Ordinal);
        Assert.Contains("mobile", text, StringComparison.Ordinal);
        Assert.Contains("does not tell us where you are", text, StringComparison.Ordinal);
        Assert.DoesNotContain("landline", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NoTextRepeatsTheOld101CallCharge()
    {
        var all = Content.CannedResponses.Select(c => c.Text).Append(Content.Resident.CallNonEmergency);

        Assert.All(all, t => Assert.DoesNotContain("15p", t, StringComparison.Ordinal));
        Assert.Contains("free", Content.Resident.CallNonEmergency, StringComparison.Ordinal);
    }

    [Fact]
    public void FraudGoesToReportFraudNotActionFraud()
    {
        var text = Content.CannedResponses.Single(c => c.Id == "report-fraud").Text;

        Assert.Contains("reportfraud.police.uk", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Action Fraud", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OutcomesIncludeTheResidentLeaving() => Assert.Contains(Content.Outcomes, o => o.Code == "resident-left");

    [Fact]
    public void AMissingTextStopsLoadingWithTheFileNamed()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var source = Path.Combine(DialogsFolder.Locate(new ConfigurationBuilder().Build(), AppContext.BaseDirectory), "agents");
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var texts = Path.Combine(folder, AgentContent.ResidentTextsFile);
        File.WriteAllLines(texts, File.ReadAllLines(texts).Where(l => !l.StartsWith("agent_joined:", StringComparison.Ordinal)));

        var error = Assert.Throws<ContentException>(() => AgentContent.Load(folder));
        Assert.Contains("resident-texts.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("AgentJoined", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leave queue", true)]
    [InlineData("Leave the queue!", true)]
    [InlineData("  CANCEL ", true)]
    [InlineData("stop waiting", true)]
    [InlineData("cancel my report", false)]
    [InlineData("I want to leave", false)]
    [InlineData("", false)]
    public void LeaveWordsMatchWholeMessagesOnly(string text, bool leaves)
        => Assert.Equal(leaves, AgentRelay.Matches(text, Content.Resident.LeaveQueueWords));
}

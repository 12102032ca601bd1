using Xunit.Abstractions;

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>
/// The labelled development set (devset.tsv beside this file): recall and false-alarm rate of the real detector.
/// Rows are realistic utterances in many registers; the detector must not special-case them.
/// </summary>
public sealed class EmergencyDevSetTests(ITestOutputHelper output)
{
    private static readonly string DevSetPath = Path.Combine(RepoContent.Root, "tests", "ChatTriage.Bot.Tests", "Emergency", "devset.tsv");

    public static IReadOnlyList<(string Label, string Text)> Rows { get; } = ReadRows();

    [Fact]
    public void DevSetHasAtLeastThreeHundredLabelledRowsCoveringEveryCategory()
    {
        Assert.True(Rows.Count >= 300, $"only {Rows.Count} rows");
        foreach (var label in new[] { "violence", "intruder", "medical", "self-harm", "threat", "child", "crime", "none" })
        {
            Assert.Contains(Rows, r => r.Label == label);
        }
    }

    [Fact]
    public void RecallIsAtLeast99PercentAndFalseAlarmsAtMost3Percent()
    {
        var detector = RepoContent.Emergency.Detector;
        int positives = 0, caught = 0, negatives = 0, falseAlarms = 0;
        var mistakes = new List<string>();
        foreach (var (label, text) in Rows)
        {
            var decision = detector.Detect(text);
            if (label == "none")
            {
                negatives++;
                if (decision.Matched)
                {
                    falseAlarms++;
                    mistakes.Add($"false alarm ({decision.RuleId}): {text}");
                }
            }
            else
            {
                positives++;
                if (decision.Matched)
                {
                    caught++;
                }
                else
                {
                    mistakes.Add($"missed {label} ({decision.Explanation}): {text}");
                }
            }
        }

        var recall = (double)caught / positives;
        var falseAlarmRate = (double)falseAlarms / negatives;
        output.WriteLine($"emergencies: {positives}, caught: {caught}, recall: {recall:P2}");
        output.WriteLine($"non-emergencies: {negatives}, false alarms: {falseAlarms}, false-alarm rate: {falseAlarmRate:P2}");
        mistakes.ForEach(output.WriteLine);
        Assert.True(recall >= 0.99, $"recall {recall:P2}");
        Assert.True(falseAlarmRate <= 0.03, $"false-alarm rate {falseAlarmRate:P2}");
    }

    [Fact]
    public void EveryDecisionNamesARuleAndAnExplanation()
    {
        var detector = RepoContent.Emergency.Detector;
        foreach (var (_, text) in Rows)
        {
            var decision = detector.Detect(text);
            Assert.False(string.IsNullOrWhiteSpace(decision.Explanation));
            if (decision.Matched)
            {
                Assert.Contains(decision.RuleId, detector.RuleIds);
                Assert.NotEqual("none", decision.Category);
            }
            else
            {
                Assert.True(decision.RuleId == "none" || detector.RuleIds.Contains(decision.RuleId), decision.RuleId);
            }
        }
    }

    private static List<(string, string)> ReadRows()
    {
        var rows = new List<(string, string)>();
        foreach (var line in File.ReadLines(DevSetPath))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("label\t", StringComparison.Ordinal))
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            rows.Add((line[..tab], line[(tab + 1)..]));
        }

        return rows;
    }
}

using Xunit.Abstractions;

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>
/// The labelled development set (devset.tsv beside this file): recall and false-alarm rate of the real detector.
/// Rows are realistic utterances in many registers; the detector must not special-case them.
/// </summary>
public sealed class EmergencyDevSetTests(ITestOutputHelper output)
{
    public static IReadOnlyList<(string Label, string Text)> Rows { get; } = ReadRows("devset.tsv");

    private static IReadOnlyList<(string Label, string Text)> HeldOut { get; } = ReadRows("heldout.tsv");


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
    public void RecallIsAtLeast99PercentAndFalseAlarmsAtMost3PercentOnTheDevSetAndFirstHeldOutSet()
    {
        var dev = Measure("devset.tsv", Rows);
        var held = Measure("heldout.tsv", HeldOut);
        var all = dev + held;
        output.WriteLine($"together: {all}");
        Assert.True(all.Recall >= 0.99, $"recall {all.Recall:P2}");
        Assert.True(all.FalseAlarmRate <= 0.03, $"false-alarm rate {all.FalseAlarmRate:P2}");
    }

    /// <summary>
    /// Sets written after the redesign; their before-tuning figures are in the commits that added them (and, for
    /// independent-a.tsv, written by someone who never saw the detector, in its first line).
    /// </summary>
    [Theory]
    [InlineData("heldout2.tsv")]
    [InlineData("heldout3.tsv")]
    [InlineData("heldout4.tsv")]
    [InlineData("heldout5.tsv")]
    [InlineData("heldout6.tsv")]
    [InlineData("independent-a.tsv")]
    [InlineData("independent-b.tsv")]
    [InlineData("independent-c.tsv")]
    [InlineData("independent-d.tsv")]
    [InlineData("independent-g.tsv")]
    [InlineData("independent-h.tsv")]
    [InlineData("independent-k.tsv")]
    [InlineData("independent-l.tsv")]
    [InlineData("independent-m.tsv")]
    [InlineData("independent-n.tsv")]
    [InlineData("independent-o.tsv")]
    [InlineData("independent-p.tsv")]
    [InlineData("independent-q.tsv")]
    [InlineData("independent-r.tsv")]
    public void LaterHeldOutSetsKeepRecallAbove95PercentAndFalseAlarmsAtMost5Percent(string file)
    {
        var held = Measure(file, ReadRows(file));
        Assert.True(held.Positives >= 80 && held.Negatives >= 50, held.ToString());
        Assert.True(held.Recall >= 0.95, $"recall {held.Recall:P2}");
        Assert.True(held.FalseAlarmRate <= 0.05, $"false-alarm rate {held.FalseAlarmRate:P2}");
    }

    /// <summary>
    /// Sets E, F, I, J, S and T were written by people who never saw the detector and are in no training file: the
    /// honest measure. E and F, measured once on the detector at 245ca66: 168/170 and 8/150, 168/170 and 2/150. I, J, S
    /// and T, measured once on the detector at 222f86e: recall 674/680 = 99.1 %, false alarms 8/600 = 1.3 %. Families of
    /// their misses were added afterwards in other words, so the first figures (in each file's first line) are the
    /// honest ones. This keeps them from sliding back, with margin; before tuning on them further, have new sets written.
    /// </summary>
    [Theory]
    [InlineData("independent-e.tsv")]
    [InlineData("independent-f.tsv")]
    [InlineData("independent-i.tsv")]
    [InlineData("independent-j.tsv")]
    [InlineData("independent-s.tsv")]
    [InlineData("independent-t.tsv")]
    public void TheSetsNobodyTunedOnKeepRecallAtLeast98PercentAndFalseAlarmsAtMost7Percent(string file)
    {
        var held = Measure(file, ReadRows(file));
        Assert.True(held.Positives >= 150 && held.Negatives >= 150, held.ToString());
        Assert.True(held.Recall >= 0.98, $"recall {held.Recall:P2}");
        Assert.True(held.FalseAlarmRate <= 0.07, $"false-alarm rate {held.FalseAlarmRate:P2}");
    }

    /// <summary>
    /// examples.tsv (what the second opinion and the classifier learn from) holds copies of the tuned sets only, plus
    /// the prompt answers at its end: heldout6 and independent-e, -f, -i, -j, -s and -t are not copied in (a sentence both writers happened to
    /// write, like "help hes got a knife", may be in both).
    /// </summary>
    [Fact]
    public void TheTrainingRowsComeOnlyFromTheTunedSets()
    {
        string[] tuned = ["devset.tsv", "heldout.tsv", "heldout2.tsv", "heldout3.tsv", "heldout4.tsv", "heldout5.tsv", "independent-a.tsv", "independent-b.tsv", "independent-c.tsv", "independent-d.tsv", "independent-g.tsv", "independent-h.tsv", "independent-k.tsv", "independent-l.tsv", "independent-m.tsv", "independent-n.tsv", "independent-o.tsv", "independent-p.tsv", "independent-q.tsv", "independent-r.tsv"];
        var sources = tuned.SelectMany(ReadRows).Select(r => $"{r.Item1}\t{r.Item2}").ToHashSet(StringComparer.Ordinal);
        var lines = File.ReadLines(Path.Combine(RepoContent.DialogsFolder, "emergency", "examples.tsv")).ToList();
        var answers = lines.FindIndex(l => l.StartsWith("# Answers residents give", StringComparison.Ordinal));

        Assert.True(answers > 0);
        Assert.All(lines.Take(answers).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("label\t", StringComparison.Ordinal)), line => Assert.Contains(line, sources));
        Assert.All(lines.Skip(answers + 1), line => Assert.StartsWith("none\t", line, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryDecisionNamesARuleAndAnExplanation()
    {
        var detector = RepoContent.Emergency.Detector;
        foreach (var (_, text) in new[] { "heldout2.tsv", "heldout3.tsv", "heldout4.tsv", "heldout5.tsv", "heldout6.tsv", "independent-a.tsv" }.SelectMany(ReadRows).Concat(Rows).Concat(HeldOut))
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

    private DevSetScore Measure(string file, IReadOnlyList<(string Label, string Text)> rows)
    {
        var detector = RepoContent.Emergency.Detector;
        var score = DevSetScore.Empty;
        var mistakes = new List<string>();
        foreach (var (label, text) in rows)
        {
            var decision = detector.Detect(text);
            score = score.Add(label != "none", decision.Matched);
            if (label == "none" && decision.Matched)
            {
                mistakes.Add($"false alarm ({decision.RuleId}): {text}");
            }
            else if (label != "none" && !decision.Matched)
            {
                mistakes.Add($"missed {label} ({decision.Explanation}): {text}");
            }
        }

        output.WriteLine($"{file}: {score}");
        mistakes.ForEach(m => output.WriteLine("  " + m));
        return score;
    }

    private static List<(string, string)> ReadRows(string file)
    {
        var rows = new List<(string, string)>();
        foreach (var line in File.ReadLines(Path.Combine(RepoContent.Root, "tests", "ChatTriage.Bot.Tests", "Emergency", file)))
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

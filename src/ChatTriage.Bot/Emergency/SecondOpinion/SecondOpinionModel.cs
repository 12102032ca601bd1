namespace ChatTriage.Bot.Emergency.SecondOpinion;

/// <summary>
/// A naive Bayes second opinion over word and word-pair features, trained at start-up from labelled examples.
/// It is asked only when no detector rule matched; it is tuned for recall, so its threshold leans towards 999.
/// Immutable after training and thread-safe. Scoring allocates nothing; explaining a firing names the words.
/// </summary>
public sealed class SecondOpinionModel
{
    /// <summary>The rule id its decisions carry.</summary>
    public const string RuleId = "model.second-opinion";

    /// <summary>
    /// Log-odds at or above which it fires. Chosen by leave-one-file-out measurement (each held-out file judged by
    /// the rules as they stood before that file was written plus a model not trained on it): 6 caught most of what
    /// 2 caught while adding few false alarms; lower values doubled the added false alarms for ~1 point of recall.
    /// </summary>
    public const double DefaultThreshold = 6.0;

    /// <summary>
    /// Extra log-odds needed to overrule a rule that stood down for tense alone: the rule saw "smashed" and read a
    /// report, so the words must point clearly to now ("and is coming in"). Keeps "kids smashed my car window" quiet.
    /// </summary>
    public const double OverruleMargin = 4.0;

    private const double Smoothing = 0.5;

    private readonly Dictionary<ulong, float> weights;
    private readonly Dictionary<ulong, string> names;
    private readonly float prior;

    private SecondOpinionModel(Dictionary<ulong, float> weights, Dictionary<ulong, string> names, float prior, double threshold)
    {
        this.weights = weights;
        this.names = names;
        this.prior = prior;
        Threshold = threshold;
    }

    public double Threshold { get; }

    /// <summary>Learns word weights from the examples (both kinds must be present).</summary>
    public static SecondOpinionModel Train(IEnumerable<LabelledExample> examples, double threshold = DefaultThreshold)
    {
        var counter = new Counter();
        foreach (var example in examples)
        {
            counter.Add(example.Emergency, example.Text);
        }

        return counter.Build(threshold);
    }

    /// <summary>The log-odds that the message is an emergency (0 for empty text).</summary>
    public double Score(ReadOnlySpan<char> text)
    {
        var scorer = new Scorer(weights);
        FeatureReader.Read(text, ref scorer);
        return prior + scorer.Sum;
    }

    /// <summary>
    /// The decision for a message no rule fired on: the 999 decision at or above the threshold (plus
    /// <see cref="OverruleMargin"/> when <paramref name="overrulingTense"/>), otherwise null.
    /// </summary>
    public EmergencyDetection? Judge(string text, bool overrulingTense = false)
    {
        var score = Score(text);
        return score < Threshold + (overrulingTense ? OverruleMargin : 0) ? null : new EmergencyDetection(true, RuleId, "unclear", $"second opinion {score:F1}: {TopWords(text)}");
    }

    private string TopWords(string text)
    {
        var collector = new Collector(weights, names);
        FeatureReader.Read(text, ref collector);
        collector.Found.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        var top = new List<string>();
        foreach (var (name, weight) in collector.Found)
        {
            if (weight <= 0 || top.Count == 3)
            {
                break;
            }

            if (!top.Contains(name))
            {
                top.Add(name);
            }
        }

        return top.Count == 0 ? "no single word stood out" : "'" + string.Join("', '", top) + "'";
    }

    private struct Scorer(Dictionary<ulong, float> weights) : IFeatureVisitor
    {
        public float Sum;

        public void Visit(ReadOnlySpan<char> stem, ulong word, ulong pair)
        {
            if (weights.TryGetValue(word, out var w))
            {
                Sum += w;
            }

            if (pair != 0 && weights.TryGetValue(pair, out var p))
            {
                Sum += p;
            }
        }
    }

    private readonly struct Collector(Dictionary<ulong, float> weights, Dictionary<ulong, string> names) : IFeatureVisitor
    {
        public List<(string Name, float Weight)> Found { get; } = [];

        public void Visit(ReadOnlySpan<char> stem, ulong word, ulong pair)
        {
            Add(word);
            if (pair != 0)
            {
                Add(pair);
            }
        }

        private void Add(ulong feature)
        {
            if (weights.TryGetValue(feature, out var w) && names.TryGetValue(feature, out var name))
            {
                Found.Add((name, w));
            }
        }
    }

    /// <summary>Counts features per class while reading the training rows, remembering each feature's words.</summary>
    private sealed class Counter
    {
        private readonly Dictionary<ulong, (int Emergency, int None)> counts = [];
        private readonly Dictionary<ulong, string> names = [];
        private int emergencyRows;
        private int noneRows;
        private int emergencyTotal;
        private int noneTotal;

        public void Add(bool emergency, string text)
        {
            if (emergency)
            {
                emergencyRows++;
            }
            else
            {
                noneRows++;
            }

            var reader = new Trainer(this, emergency);
            FeatureReader.Read(text, ref reader);
        }

        public void Count(ulong feature, string name, bool emergency)
        {
            counts.TryGetValue(feature, out var c);
            counts[feature] = emergency ? (c.Emergency + 1, c.None) : (c.Emergency, c.None + 1);
            names.TryAdd(feature, name);
            if (emergency)
            {
                emergencyTotal++;
            }
            else
            {
                noneTotal++;
            }
        }

        public SecondOpinionModel Build(double threshold)
        {
            if (emergencyRows == 0 || noneRows == 0)
            {
                throw new ArgumentException("training needs both emergency and non-emergency examples");
            }

            var vocabulary = counts.Count;
            var weights = new Dictionary<ulong, float>(vocabulary);
            foreach (var (feature, (e, n)) in counts)
            {
                var pe = (e + Smoothing) / (emergencyTotal + (Smoothing * vocabulary));
                var pn = (n + Smoothing) / (noneTotal + (Smoothing * vocabulary));
                weights[feature] = (float)Math.Log(pe / pn);
            }

            return new SecondOpinionModel(weights, names, (float)Math.Log((double)emergencyRows / noneRows), threshold);
        }
    }

    /// <summary>Feeds one training row's features to the counter, naming each (training may allocate).</summary>
    private struct Trainer(Counter counter, bool emergency) : IFeatureVisitor
    {
        private string? previous;

        public void Visit(ReadOnlySpan<char> stem, ulong word, ulong pair)
        {
            var name = stem.ToString();
            counter.Count(word, name, emergency);
            if (pair != 0 && previous is not null)
            {
                counter.Count(pair, previous + " " + name, emergency);
            }

            previous = name;
        }
    }
}

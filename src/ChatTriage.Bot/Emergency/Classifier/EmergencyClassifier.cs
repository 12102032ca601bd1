using System.Buffers;
using ChatTriage.Bot.Emergency.SecondOpinion;

namespace ChatTriage.Bot.Emergency.Classifier;

/// <summary>
/// A logistic regression over <see cref="TextFeatures"/>, trained at start-up from dialogs/emergency/examples.tsv.
/// Where the rules read phrases in context, it weighs the whole message the way the labelled examples do, which
/// carries over to wording the rules never saw. Immutable after training and thread-safe. Long messages are read in
/// overlapping windows and the most alarming window counts, so an emergency buried at the end is not diluted.
/// </summary>
public sealed class EmergencyClassifier
{
    /// <summary>The rule id of a decision the classifier made on its own.</summary>
    public const string RuleId = "model.classifier";

    /// <summary>Messages longer than this are read in windows of this length.</summary>
    public const int Window = 480;

    /// <summary>How much neighbouring windows share, so a sentence across a boundary is whole in one of them.</summary>
    public const int Overlap = 120;

    private const float Regularisation = 16f;
    private const int Epochs = 20;
    private const float LearningRate = 0.5f;

    // Rarity and weight of each bucket side by side, so scoring a feature reads one cache line, not two.
    private readonly float[] table;
    private readonly float bias;

    private EmergencyClassifier(float[] weights, float[] idf, float bias)
    {
        table = new float[TextFeatures.Size * 2];
        for (var b = 0; b < TextFeatures.Size; b++)
        {
            table[2 * b] = idf[b];
            table[(2 * b) + 1] = weights[b] * idf[b];
        }

        this.bias = bias;
    }

    /// <summary>Learns from the examples (both kinds must be present). Deterministic: the same rows give the same model.</summary>
    public static EmergencyClassifier Train(IEnumerable<LabelledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var rows = examples.ToList();
        var positives = rows.Count(r => r.Emergency);
        if (positives == 0 || positives == rows.Count)
        {
            throw new ArgumentException("The classifier needs examples of both kinds.", nameof(examples));
        }

        var idf = InverseFrequencies(rows);
        var vectors = rows.Select(r => Vector(r.Text, idf)).ToList();

        // Balanced classes; L2 regularisation spread over the rows (C = 16); AdaGrad steps on the touched weights.
        var weights = new float[TextFeatures.Size];
        var squares = new float[TextFeatures.Size];
        float bias = 0, biasSquares = 0;
        var weightOf = new[] { rows.Count / (2f * (rows.Count - positives)), rows.Count / (2f * positives) };
        var decay = 1f / (Regularisation * rows.Count);
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(20261128);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (buckets, values) = vectors[i];
                var z = bias;
                for (var k = 0; k < buckets.Length; k++)
                {
                    z += weights[buckets[k]] * values[k];
                }

                var label = rows[i].Emergency ? 1 : 0;
                var error = (Sigmoid(z) - label) * weightOf[label];
                for (var k = 0; k < buckets.Length; k++)
                {
                    var b = buckets[k];
                    var gradient = (error * values[k]) + (decay * weights[b]);
                    squares[b] += gradient * gradient;
                    weights[b] -= LearningRate * gradient / (MathF.Sqrt(squares[b]) + 1e-6f);
                }

                biasSquares += error * error;
                bias -= LearningRate * error / (MathF.Sqrt(biasSquares) + 1e-6f);
            }
        }

        return new EmergencyClassifier(weights, idf, bias);
    }

    /// <summary>How many words (two or more letters or digits) the message has.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var run = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                run++;
                continue;
            }

            words += run >= 2 ? 1 : 0;
            run = 0;
        }

        return words + (run >= 2 ? 1 : 0);
    }

    /// <summary>The probability that the message is an emergency, as the examples teach it (0 for text without words).</summary>
    public double Probability(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (CountWords(text) == 0)
        {
            return 0;
        }

        if (text.Length <= Window)
        {
            return Sigmoid(Score(text));
        }

        var best = float.MinValue;
        for (var start = 0; start < text.Length; start += Window - Overlap)
        {
            // Windows start and end at spaces, so no word is cut in two.
            var from = start == 0 ? 0 : NextSpace(text, start);
            var to = Math.Min(text.Length, NextSpace(text, from + Window));
            best = Math.Max(best, Score(text[from..to]));
            if (to == text.Length)
            {
                break;
            }
        }

        return Sigmoid(best);
    }

    private static float[] InverseFrequencies(List<LabelledExample> rows)
    {
        var frequency = new int[TextFeatures.Size];
        var chars = new HashSet<int>();
        foreach (var row in rows)
        {
            var (words, wordCount, charBuckets, charCount) = TextFeatures.Buckets(row.Text);
            try
            {
                foreach (var b in words.AsSpan(0, wordCount).ToArray().Distinct())
                {
                    frequency[b]++;
                }

                foreach (var b in charBuckets.AsSpan(0, charCount).ToArray().Distinct())
                {
                    frequency[b]++;
                    chars.Add(b);
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(words);
                ArrayPool<int>.Shared.Return(charBuckets);
            }
        }

        // Smoothed inverse document frequency; letter groups seen in only one example are dropped (too specific).
        var idf = new float[TextFeatures.Size];
        for (var b = 0; b < idf.Length; b++)
        {
            if (frequency[b] > 0 && !(frequency[b] < 2 && chars.Contains(b)))
            {
                idf[b] = MathF.Log((1f + rows.Count) / (1f + frequency[b])) + 1f;
            }
        }

        return idf;
    }

    private static (int[] Buckets, float[] Values) Vector(string text, float[] idf)
    {
        var (words, wordCount, chars, charCount) = TextFeatures.Buckets(text);
        try
        {
            var buckets = new List<int>();
            var values = new List<float>();
            Block(words.AsSpan(0, wordCount), idf, buckets, values);
            Block(chars.AsSpan(0, charCount), idf, buckets, values);
            return ([.. buckets], [.. values]);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(chars);
        }
    }

    private static void Block(Span<int> raw, float[] idf, List<int> buckets, List<float> values)
    {
        var counts = new int[raw.Length];
        var distinct = TextFeatures.Count(raw, counts);
        var first = values.Count;
        double norm = 0;
        for (var i = 0; i < distinct; i++)
        {
            var value = idf[raw[i]] * (1f + MathF.Log(counts[i]));
            if (value > 0)
            {
                buckets.Add(raw[i]);
                values.Add(value);
                norm += value * value;
            }
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        for (var i = first; i < values.Count; i++)
        {
            values[i] *= scale;
        }
    }

    private float Score(ReadOnlySpan<char> text)
    {
        var (words, wordCount, chars, charCount) = TextFeatures.Buckets(text);
        try
        {
            return bias + BlockScore(words.AsSpan(0, wordCount)) + BlockScore(chars.AsSpan(0, charCount));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(chars);
        }
    }

    /// <summary>The block's dot product with the weights over its length: features counted in a small open-addressing table, no sort.</summary>
    private float BlockScore(ReadOnlySpan<int> raw)
    {
        if (raw.IsEmpty)
        {
            return 0;
        }

        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(raw.Length * 2));
        var keys = ArrayPool<int>.Shared.Rent(capacity);
        var counts = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            keys.AsSpan(0, capacity).Fill(-1);
            var mask = capacity - 1;
            foreach (var bucket in raw)
            {
                var slot = (int)(((uint)bucket * 2654435761u) & (uint)mask);
                while (keys[slot] != -1 && keys[slot] != bucket)
                {
                    slot = (slot + 1) & mask;
                }

                if (keys[slot] == -1)
                {
                    keys[slot] = bucket;
                    counts[slot] = 0;
                }

                counts[slot]++;
            }

            float dot = 0;
            double norm = 0;
            for (var slot = 0; slot < capacity; slot++)
            {
                var bucket = keys[slot];
                if (bucket == -1)
                {
                    continue;
                }

                var tf = counts[slot] == 1 ? 1f : 1f + MathF.Log(counts[slot]);
                var rarity = table[2 * bucket];
                dot += table[(2 * bucket) + 1] * tf;
                norm += rarity * rarity * tf * tf;
            }

            return norm > 0 ? (float)(dot / Math.Sqrt(norm)) : 0;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    private static int NextSpace(ReadOnlySpan<char> text, int from)
    {
        var i = Math.Min(from, text.Length);
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static float Sigmoid(float z) => 1f / (1f + MathF.Exp(-z));
}

namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// One way of naming a choice (its value, button title or a synonym), normalised for matching.
/// </summary>
internal sealed class ChoicePhrase
{
    private ChoicePhrase(Choice choice, int index, string original)
    {
        Choice = choice;
        Index = index;
        Original = original;
        Normalized = TextNormalizer.Normalize(original);
        Tokens = Normalized.Length == 0 ? Array.Empty<string>() : Normalized.Split(' ');
    }

    public Choice Choice { get; }

    public int Index { get; }

    public string Original { get; }

    public string Normalized { get; }

    public string[] Tokens { get; }

    public static List<ChoicePhrase> From(IList<Choice> choices)
    {
        var phrases = new List<ChoicePhrase>();
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            var names = new List<string?> { choice.Value, choice.Action?.Title };
            names.AddRange(choice.Synonyms ?? Enumerable.Empty<string>());
            foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct())
            {
                var phrase = new ChoicePhrase(choice, i, name!);
                if (phrase.Normalized.Length > 0)
                {
                    phrases.Add(phrase);
                }
            }
        }

        return phrases;
    }

    public FoundChoice Found(float score)
        => new() { Value = Choice.Value, Index = Index, Score = Math.Min(score, 1f), Synonym = Original };
}

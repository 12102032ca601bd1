using ChatTriage.Bot.Content;

namespace ChatTriage.Web.Agents.Content;

/// <summary>
/// The agents' content: resident-facing handoff texts, canned responses and outcome codes, loaded from
/// dialogs/agents/ at start-up. A missing text or a duplicate id stops start-up with the file named.
/// </summary>
public sealed class AgentContent
{
    public const string ResidentTextsFile = "resident-texts.yaml";
    public const string CannedResponsesFileName = "canned-responses.yaml";
    public const string OutcomesFileName = "outcomes.yaml";

    public required ResidentHandoffTexts Resident { get; init; }

    public required IReadOnlyList<CannedResponse> CannedResponses { get; init; }

    public required IReadOnlyList<OutcomeCode> Outcomes { get; init; }

    /// <summary>Loads and checks the three files in <paramref name="folder"/> (dialogs/agents).</summary>
    public static AgentContent Load(string folder)
    {
        var textsPath = Path.Combine(folder, ResidentTextsFile);
        var resident = YamlContent.Load<ResidentHandoffTexts>(textsPath);
        foreach (var property in typeof(ResidentHandoffTexts).GetProperties())
        {
            var value = property.GetValue(resident);
            if (value is string text && string.IsNullOrWhiteSpace(text))
            {
                throw new ContentException(textsPath, 0, $"'{property.Name}' is missing or empty");
            }

            if (value is List<string> words && words.Count == 0)
            {
                throw new ContentException(textsPath, 0, $"'{property.Name}' needs at least one entry");
            }
        }

        var cannedPath = Path.Combine(folder, CannedResponsesFileName);
        var canned = YamlContent.Load<CannedResponsesFile>(cannedPath).Responses;
        RequireUnique(cannedPath, canned.Select(c => c.Id), "response id");
        if (canned.Any(c => string.IsNullOrWhiteSpace(c.Id) || string.IsNullOrWhiteSpace(c.Title) || string.IsNullOrWhiteSpace(c.Text)))
        {
            throw new ContentException(cannedPath, 0, "every response needs an id, a title and a text");
        }

        var outcomesPath = Path.Combine(folder, OutcomesFileName);
        var outcomes = YamlContent.Load<OutcomesFile>(outcomesPath).Outcomes;
        RequireUnique(outcomesPath, outcomes.Select(o => o.Code), "outcome code");
        if (outcomes.Count == 0 || outcomes.Any(o => string.IsNullOrWhiteSpace(o.Code) || string.IsNullOrWhiteSpace(o.Label)))
        {
            throw new ContentException(outcomesPath, 0, "every outcome needs a code and a label, and there must be at least one");
        }

        return new AgentContent { Resident = resident, CannedResponses = canned, Outcomes = outcomes };
    }

    /// <summary>Fills {placeholders} in a text.</summary>
    public static string Fill(string template, params (string Name, object Value)[] values)
    {
        var text = template;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    private static void RequireUnique(string path, IEnumerable<string> ids, string what)
    {
        var duplicate = ids.GroupBy(id => id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ContentException(path, 0, $"the {what} '{duplicate.Key}' appears more than once");
        }
    }
}

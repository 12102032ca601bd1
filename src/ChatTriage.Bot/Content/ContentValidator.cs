using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using ChatTriage.Bot.Content.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatTriage.Bot.Content;

/// <summary>
/// Checks loaded content for what YAML parsing cannot: required texts present, lists long enough,
/// ids well formed and unique. Errors name the file and the line of the nearest item.
/// </summary>
public static partial class ContentValidator
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Throws <see cref="ContentException"/> at the first problem found in <paramref name="root"/>.</summary>
    public static void Validate(ContentItem root, string path)
    {
        Walk(root, path, Math.Max(root.SourceLine, 1));
    }

    /// <summary>Throws when <paramref name="id"/> is not lower-case words joined by hyphens.</summary>
    public static void RequireId(string id, string path, int line)
    {
        if (!IdPattern().IsMatch(id))
        {
            throw new ContentException(path, line, $"the id '{id}' must be lower-case words joined by hyphens");
        }
    }

    private static void Walk(ContentItem item, string path, int parentLine)
    {
        var line = item.SourceLine > 0 ? item.SourceLine : parentLine;
        foreach (var property in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<YamlIgnoreAttribute>() is not null || !property.CanWrite)
            {
                continue;
            }

            var key = UnderscoredNamingConvention.Instance.Apply(property.Name);
            var value = property.GetValue(item);
            var min = property.GetCustomAttribute<MinItemsAttribute>()?.Count ?? 0;
            switch (value)
            {
                case null when Nullability.Create(property).WriteState == NullabilityState.Nullable:
                    break;
                case null:
                    throw new ContentException(path, line, $"'{key}' is required");
                case string text:
                    if (string.IsNullOrWhiteSpace(text) && Nullability.Create(property).WriteState != NullabilityState.Nullable)
                    {
                        throw new ContentException(path, line, $"'{key}' is required");
                    }

                    if (key == "id")
                    {
                        RequireId(text, path, line);
                    }

                    break;
                case ContentItem child:
                    Walk(child, path, line);
                    break;
                case IDictionary dictionary:
                    RequireCount(dictionary.Count, min, key, path, line);
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        if (entry.Value is not string s || string.IsNullOrWhiteSpace(s))
                        {
                            throw new ContentException(path, line, $"'{key}.{entry.Key}' is empty");
                        }
                    }

                    break;
                case IList list:
                    RequireCount(list.Count, min, key, path, line);
                    WalkList(list, key, path, line);
                    break;
            }
        }
    }

    private static void WalkList(IList list, string key, string path, int line)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in list)
        {
            switch (element)
            {
                case string s when string.IsNullOrWhiteSpace(s):
                    throw new ContentException(path, line, $"'{key}' has an empty entry");
                case ContentItem child:
                    Walk(child, path, line);
                    if (child.GetType().GetProperty("Id")?.GetValue(child) is string id)
                    {
                        if (seen.TryGetValue(id, out var first))
                        {
                            throw new ContentException(path, child.SourceLine, $"duplicate id '{id}' in '{key}' (first on line {first})");
                        }

                        seen[id] = child.SourceLine;
                    }

                    break;
            }
        }
    }

    private static void RequireCount(int count, int min, string key, string path, int line)
    {
        if (count < min)
        {
            throw new ContentException(path, line, $"'{key}' needs at least {min} entries (it has {count})");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}

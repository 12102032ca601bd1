using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatTriage.Bot.Content;

/// <summary>
/// Reads one YAML content file into a typed object. Keys are snake_case; an unknown key, a wrong type or
/// broken YAML throws <see cref="ContentException"/> with the file and line.
/// </summary>
public static class YamlContent
{
    public static T Load<T>(string path)
        where T : class
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new ContentException(path, 0, $"cannot read the file ({ex.Message})", ex);
        }

        return Parse<T>(text, path);
    }

    public static T Parse<T>(string yaml, string path)
        where T : class
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithNodeDeserializer(inner => new SourceLineNodeDeserializer(inner), s => s.InsteadOf<YamlDotNet.Serialization.NodeDeserializers.ObjectNodeDeserializer>())
            .Build();
        try
        {
            return deserializer.Deserialize<T>(yaml)
                ?? throw new ContentException(path, 1, "the file is empty");
        }
        catch (YamlException ex)
        {
            var detail = ex.InnerException is { } inner && inner is not YamlException ? inner.Message : ex.Message;
            throw new ContentException(path, (int)ex.Start.Line, Simplify(detail), ex);
        }
    }

    private static string Simplify(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the line is already in ours.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line:", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }

    private sealed class SourceLineNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            var line = (int)reader.Current!.Start.Line;
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            {
                return false;
            }

            if (value is ISourceLine located)
            {
                located.SourceLine = line;
            }

            return true;
        }
    }
}

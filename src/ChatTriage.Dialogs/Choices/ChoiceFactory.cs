using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatTriage.Dialogs.Choices;

/// <summary>
/// Builds messages that offer choices, as buttons or as text.
/// </summary>
public static class ChoiceFactory
{
    /// <summary>Above this many choices, <see cref="ListStyle.Auto"/> uses a list rather than buttons.</summary>
    public const int MaxSuggestedActions = 10;

    /// <summary>
    /// Turns plain strings into choices.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <returns>One choice per value.</returns>
    public static IList<Choice> ToChoices(IEnumerable<string> values)
        => (values ?? throw new ArgumentNullException(nameof(values))).Select(v => new Choice(v)).ToList();

    /// <summary>
    /// Builds a message that offers the choices in the given style.
    /// </summary>
    /// <param name="choices">The choices.</param>
    /// <param name="style">How to show them.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The message's spoken text, if any.</param>
    /// <param name="options">Text layout options for inline and list styles.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity ForStyle(IList<Choice> choices, ListStyle style, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return style switch
        {
            ListStyle.None => MessageFactory.Text(text ?? string.Empty, speak),
            ListStyle.Inline => Inline(choices, text, speak, options),
            ListStyle.List => List(choices, text, speak, options),
            ListStyle.SuggestedAction => SuggestedAction(choices, text, speak),
            _ => choices.Count <= MaxSuggestedActions
                ? SuggestedAction(choices, text, speak)
                : List(choices, text, speak, options),
        };
    }

    /// <summary>
    /// Builds a message with the choices as suggested-action buttons.
    /// </summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The message's spoken text, if any.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity SuggestedAction(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var actions = choices.Select(ToAction).ToList();
        var message = MessageFactory.Text(text ?? string.Empty, speak);
        message.SuggestedActions = new SuggestedActions { Actions = actions };
        return message;
    }

    /// <summary>
    /// Builds a message with the choices written on one line after the text.
    /// </summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The message's spoken text, if any.</param>
    /// <param name="options">Separators and numbering.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity Inline(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new StringBuilder(text ?? string.Empty);
        if (builder.Length > 0 && choices.Count > 0)
        {
            builder.Append(' ');
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                var isLast = i == choices.Count - 1;
                builder.Append(!isLast ? options.InlineSeparator : choices.Count == 2 ? options.InlineOr : options.InlineOrMore);
            }

            builder.Append(options.IncludeNumbers ? $"({i + 1}) " : string.Empty).Append(Title(choices[i]));
        }

        return MessageFactory.Text(builder.ToString(), speak);
    }

    /// <summary>
    /// Builds a message with the choices as a list, one per line, after the text.
    /// </summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The message text.</param>
    /// <param name="speak">The message's spoken text, if any.</param>
    /// <param name="options">Numbering.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity List(IList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new StringBuilder(text ?? string.Empty);
        for (var i = 0; i < choices.Count; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(options.IncludeNumbers ? $"{i + 1}. " : "- ").Append(Title(choices[i]));
        }

        return MessageFactory.Text(builder.ToString(), speak);
    }

    private static string Title(Choice choice) => choice.Action?.Title ?? choice.Value;

    private static CardAction ToAction(Choice choice)
        => choice.Action ?? new CardAction(ActionTypes.ImBack, title: choice.Value, value: choice.Value);
}

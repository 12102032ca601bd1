namespace ChatTriage.Bot.Dialogs.Fields;

/// <summary>The verdict on one answer: accepted (with its tidied value) or a retry message saying what is wanted.</summary>
public sealed record FieldCheck(bool Ok, string? Value, string? Retry)
{
    public static FieldCheck Accept(string value) => new(true, value, null);

    public static FieldCheck Reject(string retry) => new(false, null, retry);
}

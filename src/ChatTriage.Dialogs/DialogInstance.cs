namespace ChatTriage.Dialogs;

/// <summary>
/// One dialog on the dialog stack: its id and its persisted state.
/// </summary>
public class DialogInstance
{
    /// <summary>Gets or sets the id of the dialog this instance runs.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the dialog's persisted state. It goes through JSON storage between turns,
    /// so numbers written as <see cref="int"/> may come back as <see cref="long"/>.
    /// </summary>
    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>();
}

namespace ChatTriage.Web.Hosting;

/// <summary>The apology a resident reads when a turn fails. It always carries the 999 line.</summary>
public interface ITurnErrorMessage
{
    string Text { get; }
}

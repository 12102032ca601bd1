namespace ChatTriage.Bot.Dialogs;

/// <summary>How a step ended, which decides what the main dialog does next.</summary>
public enum StepOutcomeKind
{
    /// <summary>The step is finished; ask whether there is anything else.</summary>
    Done,

    /// <summary>The resident was told to call 999; ask nothing more.</summary>
    Emergency,

    /// <summary>The resident wants a person; start the handoff.</summary>
    TalkToPerson,

    /// <summary>The chat is in the agents' queue; the bot steps back.</summary>
    HandedOff,
}

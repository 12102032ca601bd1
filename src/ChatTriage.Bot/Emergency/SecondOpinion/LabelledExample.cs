namespace ChatTriage.Bot.Emergency.SecondOpinion;

/// <summary>One training row: whether it is an emergency (any category label) or not ("none").</summary>
public sealed record LabelledExample(bool Emergency, string Text);

namespace ChatTriage.Bot.Tests.Emergency;

/// <summary>Counts from running the detector over a labelled set: emergencies caught and false alarms raised.</summary>
internal readonly record struct DevSetScore(int Positives, int Caught, int Negatives, int FalseAlarms)
{
    public static DevSetScore Empty => default;

    public double Recall => Positives == 0 ? 1 : (double)Caught / Positives;

    public double FalseAlarmRate => Negatives == 0 ? 0 : (double)FalseAlarms / Negatives;

    public static DevSetScore operator +(DevSetScore a, DevSetScore b) =>
        new(a.Positives + b.Positives, a.Caught + b.Caught, a.Negatives + b.Negatives, a.FalseAlarms + b.FalseAlarms);

    public DevSetScore Add(bool emergency, bool matched) => emergency
        ? this with { Positives = Positives + 1, Caught = Caught + (matched ? 1 : 0) }
        : this with { Negatives = Negatives + 1, FalseAlarms = FalseAlarms + (matched ? 1 : 0) };

    public override string ToString() =>
        $"emergencies {Positives}, caught {Caught}, recall {Recall:P2}; non-emergencies {Negatives}, false alarms {FalseAlarms}, rate {FalseAlarmRate:P2}";
}

using ChatTriage.Storage.Leadership;

namespace ChatTriage.Web.Tests.Agents;

/// <summary>Leadership a test hands over and takes back, as a second instance starting or stopping would.</summary>
public sealed class SwitchableLeadership(bool leading) : IInstanceLeadership
{
    private volatile bool leading = leading;

    public bool Leading
    {
        get => leading;
        set => leading = value;
    }

    public ValueTask<bool> IsLeaderAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(leading);
}

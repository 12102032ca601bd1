namespace ChatTriage.Web.DirectLine;

/// <summary>What a presented token turned out to be; maps to 200 / 401 / 403.</summary>
public enum TokenStatus
{
    Valid,
    Missing,
    Invalid,
    Expired,
}

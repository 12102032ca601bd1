namespace ChatTriage.Web.Tests.Agents;

/// <summary>Waits for something pushed asynchronously (SignalR, the queue monitor) to happen.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 200; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("Timed out waiting for: " + what);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChatTriage.Web.Agents.Auth;

/// <summary>Checks a user name and password against the configured local accounts.</summary>
public sealed class AgentAccountStore(IOptionsMonitor<AgentsOptions> options)
{
    private static readonly PasswordHasher<AgentAccount> Hasher = new();

    // Verified when the user name is unknown, so that a wrong name costs the same time as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(new AgentAccount(), "not-a-real-password");

    public AgentAccount? Verify(string userName, string password)
    {
        var account = options.CurrentValue.Accounts.FirstOrDefault(a =>
            string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
        var hash = account is null || string.IsNullOrEmpty(account.PasswordHash) ? DummyHash : account.PasswordHash;
        PasswordVerificationResult result;
        try
        {
            result = Hasher.VerifyHashedPassword(account ?? new AgentAccount(), hash, password);
        }
        catch (FormatException)
        {
            return null; // a malformed hash in configuration never signs anyone in
        }

        return account is not null && result != PasswordVerificationResult.Failed ? account : null;
    }

    /// <summary>Makes a hash for configuration (used by tests and documented for operators).</summary>
    public static string Hash(string password) => Hasher.HashPassword(new AgentAccount(), password);
}

using Microsoft.AspNetCore.Identity;
using Samplan.Data.Identity;

namespace Samplan.Web.Features.Account;

/// <summary>
/// Checking a password costs a deliberately slow hash; a name that is unknown (or an account
/// that is locked) would otherwise be answered without one, and the difference in time tells an
/// attacker which names exist. This spends the same hash on those answers.
/// </summary>
public static class EqualSignInTime
{
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString("N")));

    public static void SpendPasswordCheck(IPasswordHasher<StaffUser> hasher, string? password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        _ = hasher.VerifyHashedPassword(new StaffUser(), DecoyHash.Value, password ?? string.Empty);
    }
}

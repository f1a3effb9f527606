using Microsoft.AspNetCore.Identity;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;

namespace Samplan.Web.Features.Account;

/// <summary>Checks a one-time code from the user's authenticator app; wrong codes count towards
/// the same lockout as wrong passwords.</summary>
public sealed class SecondFactor(UserManager<StaffUser> users, AuditLog audit)
{
    public async Task<SecondFactorResult> VerifyAsync(StaffUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.IsLockedOutAsync(user))
        {
            return SecondFactorResult.LockedOut;
        }

        var cleaned = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length == 6 && cleaned.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned))
        {
            await users.ResetAccessFailedCountAsync(user);
            return SecondFactorResult.Valid;
        }

        await users.AccessFailedAsync(user);
        await audit.WriteForUserAsync(AuditAction.TwoFactorFailed, AuditOutcome.Denied, user.Id, user.DisplayName);
        return await users.IsLockedOutAsync(user) ? SecondFactorResult.LockedOut : SecondFactorResult.Wrong;
    }
}

public enum SecondFactorResult
{
    Valid,
    Wrong,
    LockedOut,
}

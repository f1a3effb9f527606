using Microsoft.AspNetCore.Identity;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;

namespace Samplan.Web.Features.Account;

/// <summary>Checks a one-time code from the user's authenticator app; wrong codes count towards
/// the same lockout as wrong passwords.</summary>
public sealed class SecondFactor(UserManager<StaffUser> users, SignInAudit audit)
{
    private const string TokenProvider = "[Samplan]";
    private const string LastStepToken = "AuthenticatorLastStep";

    public async Task<SecondFactorResult> VerifyAsync(StaffUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.IsLockedOutAsync(user))
        {
            return SecondFactorResult.LockedOut;
        }

        var cleaned = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length == 6 && cleaned.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned)
            && await IsFirstUseAsync(user, cleaned))
        {
            await users.ResetAccessFailedCountAsync(user);
            return SecondFactorResult.Valid;
        }

        await users.AccessFailedAsync(user);
        await audit.WriteAsync(AuditAction.TwoFactorFailed, user, user.UserName);
        return await users.IsLockedOutAsync(user) ? SecondFactorResult.LockedOut : SecondFactorResult.Wrong;
    }

    private async Task<bool> IsFirstUseAsync(StaffUser user, string code)
    {
        var step = TotpReplay.MatchingStep(await users.GetAuthenticatorKeyAsync(user) ?? string.Empty, code, DateTimeOffset.UtcNow);
        var stored = await users.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken);
        var last = long.TryParse(stored, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : long.MinValue;
        return step is { } matched && matched > last
            && (await users.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, matched.ToString(System.Globalization.CultureInfo.InvariantCulture))).Succeeded;
    }
}

/// <summary>RFC 6238 §5.2: a code is accepted once. Identity accepts the two time steps either
/// side of now and remembers nothing, so the newest accepted step is stored with the user and
/// only a later one passes (also refusing a concurrent second use: the user's concurrency stamp).</summary>
file static class TotpReplay
{
    public static long? MatchingStep(string base32Key, string code, DateTimeOffset now)
    {
        var key = Base32(base32Key);
        var current = now.ToUnixTimeSeconds() / 30;
        return Enumerable.Range(-2, 5).Select(offset => current + offset).Where(step => Totp(key, step) == code).Cast<long?>().LastOrDefault();
    }

    private static string Totp(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = System.Security.Cryptography.HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var value in text.ToUpperInvariant().Select(c => alphabet.IndexOf(c, StringComparison.Ordinal)).Where(v => v >= 0))
        {
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xff));
            }
        }

        return [.. bytes];
    }
}

public enum SecondFactorResult
{
    Valid,
    Wrong,
    LockedOut,
}

using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238), required outside demo mode and
/// forced on here with Samplan:RequireTwoFactor=true (docs/security.md). The codes are computed
/// like an app does; ASP.NET Core Identity checks them against the system clock, not the app's
/// fake one. The per-address rate limit is covered by SignInRateLimitTests.
/// </summary>
public sealed partial class TwoFactorTests(TwoFactorFactory factory) : IClassFixture<TwoFactorFactory>
{
    [Fact]
    public async Task Enrolment_then_sign_in_with_a_code_from_the_app()
    {
        using var client = factory.NewClient();

        // The password alone signs nobody in: it leads to enrolment.
        using var password = await client.TrySignInAsync(Demo.Johan);
        AssertPage.Redirects(password, "/account/enrol");
        await ExpectSignedOutAsync(client);

        var enrol = await client.GetPageAsync(password.Headers.Location!.OriginalString);
        var key = SharedKey(enrol);

        // A wrong code is refused with a message and signs nobody in.
        using var wrong = await enrol.Form().Set("Code", WrongCode(key)).PostAsync(client);
        var refused = await HtmlPage.ReadAsync(wrong);
        AssertPage.Ok(refused);
        Assert.StartsWith("Koden stämmer inte.", refused.FieldError("Code"), StringComparison.Ordinal);
        await ExpectSignedOutAsync(client);

        using var right = await refused.Form().Set("Code", Code(key)).PostAsync(client);
        AssertPage.Redirects(right, "/");
        AssertPage.Ok(await client.GetPageAsync("/"));

        // Next time: password, then a code on /account/two-factor (no new key).
        await SignOutAsync(client);
        using var again = await client.TrySignInAsync(Demo.Johan);
        AssertPage.Redirects(again, "/account/two-factor");
        await ExpectSignedOutAsync(client);
        var second = await client.GetPageAsync(again.Headers.Location!.OriginalString);
        Assert.Null(second.Document.QuerySelector(".shared-key"));
        using var wrongAgain = await second.Form().Set("Code", WrongCode(key)).PostAsync(client);
        Assert.StartsWith("Koden stämmer inte.", (await HtmlPage.ReadAsync(wrongAgain)).FieldError("Code"), StringComparison.Ordinal);
        // A fresh code: the one the app shows next (Identity accepts up to two steps either side),
        // so it is not the code used at enrolment even within the same 30 seconds.
        using var signedIn = await second.Form().Set("Code", Code(key, stepsAhead: 1)).PostAsync(client);
        AssertPage.Redirects(signedIn, "/");
        AssertPage.Ok(await client.GetPageAsync("/"));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_like_five_wrong_passwords()
    {
        using var client = factory.NewClient();
        using var password = await client.TrySignInAsync(Demo.Maria);
        var enrol = await client.GetPageAsync(password.Headers.Location!.OriginalString);
        var key = SharedKey(enrol);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await enrol.Form().Set("Code", WrongCode(key)).PostAsync(client);
            Assert.StartsWith("Koden stämmer inte.", (await HtmlPage.ReadAsync(wrong)).FieldError("Code"), StringComparison.Ordinal);
        }

        using var fifth = await enrol.Form().Set("Code", WrongCode(key)).PostAsync(client);
        AssertPage.HasError(await HtmlPage.ReadAsync(fifth), "Kontot är tillfälligt låst");

        using var right = await enrol.Form().Set("Code", Code(key)).PostAsync(client);
        AssertPage.HasError(await HtmlPage.ReadAsync(right), "Kontot är tillfälligt låst");
        await ExpectSignedOutAsync(client);
        using var other = factory.NewClient();
        using var passwordAgain = await other.TrySignInAsync(Demo.Maria);
        AssertPage.HasError(await HtmlPage.ReadAsync(passwordAgain), "Kontot är tillfälligt låst");
    }

    [Fact]
    public async Task A_code_that_was_used_once_is_not_accepted_again()
    {
        using var client = factory.NewClient();
        using var password = await client.TrySignInAsync(Demo.Karin);
        var enrol = await client.GetPageAsync(password.Headers.Location!.OriginalString);
        var key = SharedKey(enrol);
        var code = Code(key);
        using var enrolled = await enrol.Form().Set("Code", code).PostAsync(client);
        AssertPage.Redirects(enrolled, "/");
        await SignOutAsync(client);

        // Someone who saw the code (over the shoulder, a phishing page) replays it within its 30 seconds.
        using var attacker = factory.NewClient();
        using var again = await attacker.TrySignInAsync(Demo.Karin);
        var second = await attacker.GetPageAsync(again.Headers.Location!.OriginalString);
        using var replayed = await second.Form().Set("Code", code).PostAsync(attacker);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        await ExpectSignedOutAsync(attacker);
    }

    /// <summary>The key as the page shows it for typing into an app: base32, lower case, in groups of four.</summary>
    private static string SharedKey(HtmlPage enrol)
    {
        AssertPage.Ok(enrol);
        var shown = enrol.Document.QuerySelector(".shared-key")?.GetAttribute("data-key");
        Assert.NotNull(shown);
        Assert.Matches(GroupedBase32(), shown);
        return shown;
    }

    /// <summary>The code an authenticator app shows now (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits).</summary>
    private static string Code(string sharedKey, int stepsAhead = 0) =>
        Totp(Base32(sharedKey), (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30) + stepsAhead);

    /// <summary>Six digits that are no valid code: not one of the two steps before or after now either.</summary>
    private static string WrongCode(string sharedKey)
    {
        var key = Base32(sharedKey);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var valid = Enumerable.Range(-3, 7).Select(offset => Totp(key, step + offset)).ToHashSet(StringComparer.Ordinal);
        string candidate;
        do
        {
            candidate = Random.Shared.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        }
        while (valid.Contains(candidate));
        return candidate;
    }

    private static string Totp(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            Assert.True(value >= 0, $"'{c}' is not a base32 character.");
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

    private static async Task ExpectSignedOutAsync(HttpClient client)
    {
        using var list = await client.GetUrlAsync("/");
        AssertPage.Redirects(list, "/account/login");
    }

    private static async Task SignOutAsync(HttpClient client)
    {
        var list = await client.GetPageAsync("/");
        using var signOut = await list.Form("form[action='/account/logout']").PostAsync(client);
        AssertPage.Redirects(signOut, "/account/login");
    }

    [GeneratedRegex("^[a-z2-7]{4}( [a-z2-7]{1,4})*$")]
    private static partial Regex GroupedBase32();
}

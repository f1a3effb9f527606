using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// Sessions (docs/security.md "Sign-in and sessions"): the cookie's name and flags, a new
/// session at each sign-in, sign-out ending copied cookies too, the idle timeout, a removed
/// assignment ending the session, and lockout. Its own app (shared with <see cref="ConsentGateTests"/>)
/// because the idle and lockout tests move the clock.
/// </summary>
[Collection(SecurityClockCollection.Name)]
public sealed class SessionTests(SamplanFactory factory, DevelopmentFactory development) : IClassFixture<DevelopmentFactory>
{
    private const string SessionCookie = "__Host-samplan";
    private const string NewPassword = "Sakert-Losen-2026";

    [Fact]
    public async Task Every_cookie_is_host_prefixed_secure_and_the_session_cookie_httponly_and_strict_outside_development()
    {
        using var client = factory.NewClient();
        using var login = await client.GetUrlAsync("/account/login");
        using var signIn = await client.TrySignInAsync(Demo.Karin);

        AssertPage.Redirects(signIn, "/");
        var session = SetCookie(signIn, SessionCookie);
        Assert.NotNull(session);
        var flags = Flags(session);
        Assert.Contains("secure", flags);
        Assert.Contains("httponly", flags);
        Assert.Contains("samesite=strict", flags);
        Assert.Contains("path=/", flags);
        Assert.DoesNotContain(flags, f => f.StartsWith("domain=", StringComparison.Ordinal));
        Assert.Null(SetCookie(signIn, "samplan"));

        // The anti-forgery cookie of the sign-in page too (the two-factor and message cookies use the same settings).
        var all = SetCookies(login).Concat(SetCookies(signIn)).ToList();
        Assert.Contains(all, c => c.StartsWith("__Host-samplan-af=", StringComparison.Ordinal));
        Assert.All(all, c => Assert.StartsWith("__Host-", c, StringComparison.Ordinal));
        Assert.All(all, c => Assert.Contains("secure", Flags(c)));
    }

    [Fact]
    public async Task In_development_the_same_session_cookie_is_issued_without_the_prefix()
    {
        using var client = development.NewClient();

        using var signIn = await client.TrySignInAsync(Demo.Karin);

        AssertPage.Redirects(signIn, "/");
        var session = SetCookie(signIn, "samplan");
        Assert.NotNull(session);
        Assert.Contains("httponly", Flags(session));
        Assert.Contains("samesite=strict", Flags(session));
        Assert.Null(SetCookie(signIn, SessionCookie));
        Assert.DoesNotContain(SetCookies(signIn), c => c.StartsWith("__Host-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_sign_in_starts_a_new_session_cookie()
    {
        using var client = factory.NewClient();
        using var anonymous = await client.GetUrlAsync("/account/login");
        Assert.Null(SetCookie(anonymous, SessionCookie));

        using var first = await client.TrySignInAsync(Demo.Karin);
        using var second = await client.TrySignInAsync(Demo.Karin);
        using var other = factory.NewClient();
        using var elsewhere = await other.TrySignInAsync(Demo.Karin);

        var values = new[] { first, second, elsewhere }.Select(r => Value(SetCookie(r, SessionCookie))).ToList();
        Assert.All(values, v => Assert.False(string.IsNullOrEmpty(v)));
        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_copied_session_cookie_stops_working_when_the_user_signs_out()
    {
        using var client = factory.NewClient();
        using var signIn = await client.TrySignInAsync(Demo.Johan);
        var cookie = SetCookie(signIn, SessionCookie)!.Split(';')[0];
        using var copy = CookielessClient();

        using var whileSignedIn = await GetWithCookieAsync(copy, cookie);
        Assert.Equal(HttpStatusCode.OK, whileSignedIn.StatusCode);

        var list = await client.GetPageAsync("/");
        using var signOut = await list.Form("form[action='/account/logout']").PostAsync(client);
        AssertPage.Redirects(signOut, "/account/login");

        // Used a moment later: the security-stamp check runs when time has passed since the
        // cookie was issued (ValidationInterval zero, compared with ">"), and this clock is fake.
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var afterSignOut = await GetWithCookieAsync(copy, cookie);
        AssertPage.Redirects(afterSignOut, "/account/login");
    }

    [Fact]
    public async Task An_idle_session_ends_after_the_idle_timeout_while_activity_keeps_it_alive()
    {
        // Samplan:IdleTimeoutMinutes is 20, sliding; the cookie handler reads the app's (fake) clock.
        using var client = await factory.SignedInAsync(Demo.Maria);

        factory.Clock.Advance(TimeSpan.FromMinutes(19));
        using var active = await client.GetUrlAsync("/");
        Assert.Equal(HttpStatusCode.OK, active.StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(19));
        using var stillActive = await client.GetUrlAsync("/");
        Assert.Equal(HttpStatusCode.OK, stillActive.StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        using var idle = await client.GetUrlAsync("/");
        AssertPage.Redirects(idle, "/account/login");
    }

    [Fact]
    public async Task Removing_the_users_assignment_at_the_admin_page_ends_the_session_at_the_next_request()
    {
        var (userName, userId) = await CreateStaffAsync();
        using var user = factory.NewClient();
        await user.SignInAsync(userName, NewPassword);
        AssertPage.Ok(await user.GetPageAsync("/"));

        using var nils = await factory.SignedInAsync("nils.strom");
        var details = await nils.GetPageAsync($"/admin/staff/{Uri.EscapeDataString(userId)}");
        using var removed = await details.Form("form[action*='handler=Remove']").PostAsync(nils);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        using var next = await user.GetUrlAsync("/");
        AssertPage.Redirects(next, "/account/login");
        using var fresh = factory.NewClient();
        using var again = await fresh.TrySignInAsync(userName, NewPassword);
        AssertPage.HasError(await HtmlPage.ReadAsync(again), "Du har inget uppdrag för någon enhet.");
    }

    [Fact]
    public async Task An_assignment_removed_in_the_database_ends_the_session_without_a_new_security_stamp()
    {
        // Only the per-request assignment check (IdentitySetup.ValidateSessionAsync) can end this session.
        var (userName, userId) = await CreateStaffAsync();
        using var user = factory.NewClient();
        await user.SignInAsync(userName, NewPassword);
        AssertPage.Ok(await user.GetPageAsync("/"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
            Assert.Equal(1, await db.StaffAssignments.Where(a => a.UserId == userId).ExecuteDeleteAsync());
        }

        using var next = await SessionEnd.AfterChangeInDatabaseAsync(factory, user, "/");
        AssertPage.Redirects(next, "/account/login");
    }

    [Fact]
    public async Task Five_wrong_passwords_from_different_clients_lock_the_account_for_fifteen_minutes()
    {
        var (userName, userId) = await CreateStaffAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var attacker = factory.NewClient();
            using var failed = await attacker.TrySignInAsync(userName, $"Fel-losenord-{attempt}");
            AssertPage.HasError(await HtmlPage.ReadAsync(failed), "Fel användarnamn eller lösenord.");
        }

        using var fifthClient = factory.NewClient();
        using var fifth = await fifthClient.TrySignInAsync(userName, "Fel-losenord-5");
        AssertPage.HasError(await HtmlPage.ReadAsync(fifth), "Kontot är tillfälligt låst");
        using var owner = factory.NewClient();
        using var right = await owner.TrySignInAsync(userName, NewPassword);
        AssertPage.HasError(await HtmlPage.ReadAsync(right), "Kontot är tillfälligt låst");

        // ASP.NET Core Identity times the lockout with the system clock, not the app's TimeProvider,
        // so its length is read rather than waited for: 15 minutes from now.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var end = await users.GetLockoutEndDateAsync((await users.FindByNameAsync(userName))!);
            Assert.NotNull(end);
            Assert.InRange(end.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        }

        // The unit administrator can lift it at once.
        using var nils = await factory.SignedInAsync("nils.strom");
        var details = await nils.GetPageAsync($"/admin/staff/{Uri.EscapeDataString(userId)}");
        Assert.Contains("Låst", details.MainText, StringComparison.Ordinal);
        using var unlock = await details.Form("form[action*='handler=Unlock']").PostAsync(nils);
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        using var unlocked = await owner.TrySignInAsync(userName, NewPassword);
        AssertPage.Redirects(unlocked, "/");
    }

    /// <summary>A new account at Vårdcentralen Gottsunda, made by nils.strom (unit administrator,
    /// Region Uppsala) through /admin/staff, so no demo user's sessions are touched.</summary>
    private async Task<(string UserName, string UserId)> CreateStaffAsync()
    {
        using var nils = await factory.SignedInAsync("nils.strom");
        var userName = Sec.UniqueName("sec.");
        using var created = await nils.SubmitFormAsync("/admin/staff", form => form
            .Set("Input.UserName", userName)
            .Set("Input.DisplayName", "Test Säkerhet")
            .Set("Input.Password", NewPassword)
            .Set("Input.UnitId", Demo.Units.Vardcentral.ToString())
            .Set("Input.Title", "Sjuksköterska"));
        var path = created.RedirectPath();
        Assert.True(created.StatusCode == HttpStatusCode.Redirect && path?.StartsWith("/admin/staff/", StringComparison.Ordinal) == true,
            $"Creating {userName} failed: {await HtmlPage.ReadAsync(created)}");
        return (userName, Uri.UnescapeDataString(path!["/admin/staff/".Length..]));
    }

    private HttpClient CookielessClient() => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = false,
    });

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>The Set-Cookie header that sets (not deletes) the named cookie, or null.</summary>
    private static string? SetCookie(HttpResponseMessage response, string name) =>
        SetCookies(response).FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal) && Value(c).Length > 0);

    private static string Value(string? setCookie) =>
        setCookie is null ? string.Empty : setCookie.Split(';')[0].Split('=', 2)[1];

    private static List<string> Flags(string setCookie) =>
        [.. setCookie.Split(';').Skip(1).Select(f => f.Trim().ToLowerInvariant())];
}

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Account;

/// <summary>
/// The session check on every signed-in request: one statement, no cookie re-issued on an ordinary
/// answer, and still, on every node sharing the database, a signed-out or re-assigned session ends
/// on its next request.
/// </summary>
public sealed class SessionCheckTests
{
    private const string SessionCookie = "__Host-samplan";

    [Fact]
    public async Task A_signed_in_page_without_data_runs_one_statement_and_sets_no_cookie()
    {
        var database = new SharedDatabase();
        await database.CreateForNodesAsync();
        try
        {
            await using var node = new CountingFactory(database);
            await node.InitializeAsync();
            using var client = node.NewClient();
            await client.SignInAsync(Demo.Anna);
            (await client.GetAsync("/manual-forms")).Dispose(); // warm: first-use work is not the steady state

            node.Statements.Clear();
            using var response = await client.GetAsync("/manual-forms");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var statements = node.Statements.ToArray();
            Assert.True(statements.Length == 1, $"expected the session check alone, got {statements.Length}:\n{string.Join("\n---\n", statements)}");
            Assert.Contains("AspNetUsers", statements[0], StringComparison.Ordinal);
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal)), "the session cookie was re-issued on an ordinary answer");
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    [Fact]
    public async Task Signing_out_on_one_node_ends_the_same_cookie_on_the_other_at_its_next_request()
    {
        var database = new SharedDatabase();
        await database.CreateForNodesAsync();
        try
        {
            await using var first = await AppNodeFactory.StartAsync(database, ("Samplan:Jobs:Enabled", "false"));
            await using var second = await AppNodeFactory.StartAsync(database, ("Samplan:Jobs:Enabled", "false"));
            using var onFirst = first.NewClient();
            var cookie = await SignInAsync(onFirst);
            using var onSecond = Replaying(second, cookie);
            using (var before = await onSecond.GetAsync("/manual-forms"))
            {
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            }

            // A copy of the cookie kept on the first node: signing out there renews the stamp.
            using var copy = Replaying(first, cookie);
            var list = await onFirst.GetPageAsync("/");
            using (var signOut = await list.Form("form[action='/account/logout']").PostAsync(onFirst))
            {
                AssertPage.Redirects(signOut, "/account/login");
            }

            using var after = await onSecond.GetAsync("/manual-forms");
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            Assert.Contains("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var afterOnFirst = await copy.GetAsync("/manual-forms");
            Assert.Equal(HttpStatusCode.Redirect, afterOnFirst.StatusCode);
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    [Fact]
    public async Task Removing_the_assignment_ends_the_session_on_both_nodes_at_the_next_request()
    {
        var database = new SharedDatabase();
        await database.CreateForNodesAsync();
        try
        {
            await using var first = await AppNodeFactory.StartAsync(database, ("Samplan:Jobs:Enabled", "false"));
            await using var second = await AppNodeFactory.StartAsync(database, ("Samplan:Jobs:Enabled", "false"));
            using var onFirst = first.NewClient();
            using var onSecond = Replaying(second, await SignInAsync(onFirst));
            using (var before = await onSecond.GetAsync("/manual-forms"))
            {
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            }

            await first.WithDbAsync(async db =>
            {
                var user = await db.Users.SingleAsync(u => u.UserName == Demo.Anna);
                db.StaffAssignments.RemoveRange(db.StaffAssignments.Where(a => a.UserId == user.Id));
                return await db.SaveChangesAsync();
            });

            using var onSecondAfter = await onSecond.GetAsync("/manual-forms");
            using var onFirstAfter = await onFirst.GetAsync("/manual-forms");
            Assert.Equal(HttpStatusCode.Redirect, onSecondAfter.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, onFirstAfter.StatusCode);
            Assert.Contains("/account/login", onSecondAfter.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    /// <summary>Signs Anna in and returns her session cookie as a Cookie header value.</summary>
    private static async Task<string> SignInAsync(HttpClient client)
    {
        using var signIn = await client.TrySignInAsync(Demo.Anna);
        var cookie = signIn.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal))
            : null;
        return cookie?.Split(';')[0] ?? throw new InvalidOperationException("the sign-in set no session cookie");
    }

    private static HttpClient Replaying(SamplanFactory node, string cookie)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samplan.Web.Infrastructure;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samplan.Web.Tests.Account;

/// <summary>
/// The session check on every signed-in request: one statement (none on PostgreSQL, where it is
/// served from a cache every node is told to forget), no cookie re-issued on an ordinary answer, and
/// still a signed-out or re-assigned session ends on its next request on the node where it happened,
/// and on every other node as soon as PostgreSQL's notification arrives (polled here, the time
/// printed; milliseconds). A node that loses its LISTEN stops serving from the cache at once.
/// </summary>
public sealed class SessionCheckTests(ITestOutputHelper output)
{
    /// <summary>How long another node may take to hear of a revocation before the test fails.</summary>
    private static readonly TimeSpan OtherNodeBound = TimeSpan.FromSeconds(5);

    /// <summary>The demo's auditor of Region Uppsala.</summary>
    private const string Auditor = "ulla.bjork";

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
            var cached = await SessionCacheReady.WaitAsync(node);
            using var client = node.NewClient();
            await client.SignInAsync(Demo.Anna);
            (await client.GetAsync("/manual-forms")).Dispose(); // warm: first-use work is not the steady state

            node.Statements.Clear();
            using var response = await client.GetAsync("/manual-forms");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var statements = node.Statements.ToArray();
            Assert.True(statements.Length == (cached ? 0 : 1), $"expected {(cached ? "no statement (the check cached)" : "the session check alone")}, got {statements.Length}:\n{string.Join("\n---\n", statements)}");
            if (!cached)
            {
                Assert.Contains("AspNetUsers", statements[0], StringComparison.Ordinal);
            }

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
            var cached = await SessionCacheReady.WaitAsync(first) & await SessionCacheReady.WaitAsync(second);
            using (var before = await onSecond.GetAsync("/manual-forms"))
            {
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            }

            // A copy of the cookie kept on the first node: signing out there renews the stamp.
            using var copy = Replaying(first, cookie);
            (await copy.GetAsync("/manual-forms")).Dispose(); // both nodes now hold the check, where they cache it
            var list = await onFirst.GetPageAsync("/");
            using (var signOut = await list.Form("form[action='/account/logout']").PostAsync(onFirst))
            {
                AssertPage.Redirects(signOut, "/account/login");
            }

            // On the node where it happened: its very next request.
            using var afterOnFirst = await copy.GetAsync("/manual-forms");
            Assert.Equal(HttpStatusCode.Redirect, afterOnFirst.StatusCode);
            using var after = await EndedOnOtherNodeAsync(onSecond, cached, "sign-out");
            Assert.Contains("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
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
            var cached = await SessionCacheReady.WaitAsync(first) & await SessionCacheReady.WaitAsync(second);
            using (var before = await onSecond.GetAsync("/manual-forms"))
            {
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            }

            (await onFirst.GetAsync("/manual-forms")).Dispose();

            await first.WithDbAsync(async db =>
            {
                var user = await db.Users.SingleAsync(u => u.UserName == Demo.Anna);
                db.StaffAssignments.RemoveRange(db.StaffAssignments.Where(a => a.UserId == user.Id));
                return await db.SaveChangesAsync();
            });

            using var onFirstAfter = await onFirst.GetAsync("/manual-forms");
            Assert.Equal(HttpStatusCode.Redirect, onFirstAfter.StatusCode);
            using var onSecondAfter = await EndedOnOtherNodeAsync(onSecond, cached, "assignment removed");
            Assert.Contains("/account/login", onSecondAfter.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    [Fact]
    public async Task A_role_revoked_outside_the_app_is_gone_from_the_cached_session_at_once()
    {
        var database = new SharedDatabase();
        await database.CreateForNodesAsync();
        try
        {
            await using var node = await AppNodeFactory.StartAsync(database, ("Samplan:Jobs:Enabled", "false"));
            var cached = await SessionCacheReady.WaitAsync(node);
            using var client = node.NewClient();
            await client.SignInAsync(Auditor);
            using (var before = await client.GetAsync("/audit"))
            {
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            }

            // As an operator's SQL would: no save interceptor sees it; on PostgreSQL the trigger
            // tells the node, on SQLite the check reads the database anyway.
            await node.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
                """DELETE FROM "StaffAssignmentRoles" WHERE "Role" = 'Auditor' AND "AssignmentId" IN (SELECT a."Id" FROM "StaffAssignments" a JOIN "AspNetUsers" u ON u."Id" = a."UserId" WHERE u."UserName" = {0})""",
                Auditor));

            var clock = Stopwatch.StartNew();
            while (true)
            {
                using var after = await client.GetAsync("/audit");
                if (after.StatusCode != HttpStatusCode.OK)
                {
                    Assert.True(after.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"unexpected {after.StatusCode}");
                    break;
                }

                Assert.True(cached, "without a cache the revoked role must be gone on the very next request");
                Assert.True(clock.Elapsed < OtherNodeBound, $"the role was still held {clock.Elapsed.TotalSeconds:F1} s after it was revoked");
                await Task.Delay(5);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{database.Provider}: role revoked by SQL, gone after {clock.Elapsed.TotalMilliseconds:F0} ms"));
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    [Fact]
    public async Task A_node_that_loses_its_listen_connection_reads_the_database_until_it_listens_again()
    {
        var database = new SharedDatabase();
        await database.CreateForNodesAsync();
        try
        {
            await using var node = new CountingFactory(database);
            await node.InitializeAsync();
            var sessions = node.Services.GetRequiredService<SessionCache>();
            if (!await SessionCacheReady.WaitAsync(node))
            {
                return; // SQLite: WaitAsync has asserted that the cache never serves there
            }

            using var client = node.NewClient();
            await client.SignInAsync(Demo.Anna);
            (await client.GetAsync("/manual-forms")).Dispose();

            await using (var admin = new NpgsqlConnection(database.ConnectionString))
            {
                await admin.OpenAsync();
                await using var kill = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()", admin);
                kill.Parameters.AddWithValue("name", SessionRevocationListener.ApplicationName);
                Assert.Equal(1L, await kill.ExecuteScalarAsync());
            }

            var clock = Stopwatch.StartNew();
            while (sessions.Serving)
            {
                Assert.True(clock.Elapsed < OtherNodeBound, "the cache kept serving after its LISTEN connection was terminated");
                await Task.Delay(5);
            }

            // The listener retries after a second: a request in between reads the database.
            node.Statements.Clear();
            using (var meanwhile = await client.GetAsync("/manual-forms"))
            {
                Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);
            }

            if (!sessions.Serving)
            {
                Assert.Contains(node.Statements.ToArray(), st => st.Contains("AspNetUsers", StringComparison.Ordinal));
            }

            await SessionCacheReady.WaitAsync(node);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stopped serving and listened again within {clock.Elapsed.TotalMilliseconds:F0} ms of the terminate"));
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    /// <summary>Requests on another node until the session ends: at once without a cache; with one,
    /// within <see cref="OtherNodeBound"/> (the notification's trip), the time written out.</summary>
    private async Task<HttpResponseMessage> EndedOnOtherNodeAsync(HttpClient client, bool cached, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync("/manual-forms");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: session ended on the other node after {clock.Elapsed.TotalMilliseconds:F0} ms ({(cached ? "cached check, revoked by notification" : "check read from the database")})"));
                return response;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
            Assert.True(cached, $"{what}: without a cache the session must end on the very next request");
            Assert.True(clock.Elapsed < OtherNodeBound, $"{what}: the session still served on the other node {clock.Elapsed.TotalSeconds:F1} s later");
            await Task.Delay(5);
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

using System.Diagnostics;
using System.Globalization;
using System.Net;
using Samplan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samplan.Web.Tests.Cases;

/// <summary>
/// The statements a warm signed-in GET of the case page and of the plan print page sends, the same
/// on every request: the session check (which also gives the acting unit's kind; on PostgreSQL
/// served from SessionCache, so not sent), the case with its
/// individual, history and units (on the case page also another open SIP of the person), and the
/// units the case names. The audit append is not counted: it goes through its own lane (binary
/// COPY on PostgreSQL, on a connection of its own) and is covered by the audit tests. Counts, not
/// times, are asserted; the allocation and CPU per request are written to the test output for
/// docs/benchmarks.md ("Case page: statements and allocations per request"), with
/// SAMPLAN_MEASURE_REQUESTS requests per page (20 unless set).
/// </summary>
public sealed class CasePageStatementsTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Session check; case with individual and other open SIP; history; units.</summary>
    private const int CasePageStatements = 4;

    /// <summary>Session check; case with individual; history; units.</summary>
    private const int PlanPrintStatements = 4;

    private readonly CountingFactory _app = new(TestDatabase.FromEnvironment());

    private static int Requests =>
        int.TryParse(Environment.GetEnvironmentVariable("SAMPLAN_MEASURE_REQUESTS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20;

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    [Fact]
    public Task The_case_page_sends_the_same_few_statements_on_every_request() =>
        AssertStatementsAsync($"/cases/{Demo.Sven.CaseId}", CasePageStatements);

    [Fact]
    public Task The_plan_print_page_sends_the_same_few_statements_on_every_request() =>
        AssertStatementsAsync($"/cases/{Demo.Sven.CaseId}/plan/print", PlanPrintStatements);

    private async Task AssertStatementsAsync(string url, int expected)
    {
        // On PostgreSQL the session check is served from its cache once the node listens: one fewer.
        if (await SessionCacheReady.WaitAsync(_app))
        {
            expected--;
        }

        using var client = _app.NewClient();
        await client.SignInAsync(Demo.Anna);
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(url)).Dispose(); // warm: first-use work is not the steady state
        }

        _app.Statements.Clear();
        using (var response = await client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(Demo.Sven.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var statements = PageStatements();
        Assert.True(statements.Length == expected, $"expected {expected} statements for {url}, got {statements.Length}:\n{string.Join("\n---\n", statements)}");

        // The same count on every further request, and what they cost the process (the test
        // client's side included): allocated bytes and CPU time per request.
        _app.Statements.Clear();
        var requests = Requests;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < requests; i++)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await response.Content.CopyToAsync(Stream.Null);
        }

        var allocatedPerRequest = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / requests;
        var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / requests;
        Assert.Equal(expected * requests, PageStatements().Length);
        output.WriteLine(FormattableString.Invariant($"{_app.Database.Provider} {url}: {expected} statements, {allocatedPerRequest / 1024.0:F1} KB allocated and {cpuPerRequest:F2} ms CPU per request over {requests} requests"));
    }

    /// <summary>The statements recorded since the last clear, less the audit append's own.</summary>
    private string[] PageStatements() =>
        [.. _app.Statements.ToArray().Where(s => !s.Contains("\"AuditEvents\"", StringComparison.Ordinal))];
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Domain.Notices;
using Samplan.Web.Jobs;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Notices;

/// <summary>What the notice tests do again and again: a node of their own, a unit's address, an
/// invited case, the outbox rows of a case.</summary>
public static class NoticeSteps
{
    public const string BistandAddress = "sip.bistand@kommun.example";

    public const string HemtjanstAddress = "sip.hemtjanst@kommun.example";

    /// <summary>A node on <paramref name="database"/> whose background loop is off unless asked
    /// for: the test runs the jobs itself, so it knows when they ran.</summary>
    public static Task<AppNodeFactory> StartNodeAsync(TestDatabase database, SmtpSink? sink, bool loop = false, params (string Key, string Value)[] extra) =>
        AppNodeFactory.StartAsync(database, [
            .. sink?.Settings ?? [],
            ("Samplan:Jobs:Enabled", loop ? "true" : "false"),
            ("Samplan:Jobs:IntervalMilliseconds", "100"),
            ("Samplan:Mail:ReminderIntervalSeconds", "0"),
            .. extra,
        ]);

    /// <summary>A database of the test's own that its nodes share, dropped afterwards however the test ends.</summary>
    public static async Task WithDatabaseAsync(Func<SharedDatabase, Task> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var database = new SharedDatabase();
        await database.CreateForNodesAsync();
        try
        {
            await test(database);
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    /// <summary>As <see cref="WithDatabaseAsync"/>, with a real SMTP server of the test's own.</summary>
    public static async Task WithSinkAndDatabaseAsync(Func<SmtpSink, SharedDatabase, Task> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        await using var sink = await SmtpSink.StartAsync();
        await WithDatabaseAsync(database => test(sink, database));
    }

    public static Task SetAddressAsync(this SamplanFactory node, Guid unitId, string? address) => node.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Id == unitId);
        unit.SetNoticeAddress(address);
        return await db.SaveChangesAsync();
    });

    public static async Task<HttpClient> SignedInAsync(this SamplanFactory node, string user)
    {
        var client = node.NewClient();
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>Anna's case for <paramref name="givenName"/> <paramref name="familyName"/>, with
    /// consent and preparation, and the units invited to a meeting a week ahead.</summary>
    public static async Task<Guid> InvitedCaseAsync(this SamplanFactory node, HttpClient anna, TestPersonnummer person, string givenName, string familyName, params Guid[] units)
    {
        var caseId = await anna.StartCaseAsync(person, givenName: givenName, familyName: familyName);
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, $"{givenName} {familyName}", node.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, node.Today.AddDays(7), units), caseId, "Invitation");
        return caseId;
    }

    public static Task<List<Notice>> NoticesOfAsync(this SamplanFactory node, Guid caseId) =>
        node.WithDbAsync(db => db.Notices.AsNoTracking().Where(n => n.CaseId == caseId).OrderBy(n => n.CreatedAt).ToListAsync());

    /// <summary>The mails sent for the case's notices, by their Message-ID: the demo data has
    /// notices of its own, which the sender sends too.</summary>
    public static async Task<IReadOnlyList<MimeKit.MimeMessage>> MailsOfAsync(this SmtpSink sink, SamplanFactory node, Guid caseId)
    {
        var ids = (await node.NoticesOfAsync(caseId)).Select(n => $"notice-{n.Id:N}@samplan.region.example").ToHashSet(StringComparer.Ordinal);
        return [.. sink.Mails().Where(m => m.MessageId is { } id && ids.Contains(id))];
    }

    /// <summary>Waits until the case's notices have brought at least <paramref name="count"/> mails (bounded).</summary>
    public static async Task<IReadOnlyList<MimeKit.MimeMessage>> WaitForMailsOfAsync(this SmtpSink sink, SamplanFactory node, Guid caseId, int count)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var mails = await sink.MailsOfAsync(node, caseId);
            if (mails.Count >= count || DateTime.UtcNow > until)
            {
                return mails;
            }

            await Task.Delay(100);
        }
    }

    public static async Task RunAsync(this AppNodeFactory node, string job) =>
        Assert.True(await node.Jobs.RunOnceAsync(job), $"this node should hold the lease of {job}");

    /// <summary>Runs a job's work directly, past the lease, as a node whose lease ran out while it
    /// was still working would: what keeps it from doing twice what another node does is then the
    /// database alone.</summary>
    public static async Task RunPastTheLeaseAsync(this SamplanFactory node, string job)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IJob>().Single(j => j.Name == job).RunAsync(CancellationToken.None);
    }
}

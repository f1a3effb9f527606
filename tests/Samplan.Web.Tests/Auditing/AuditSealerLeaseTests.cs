using Microsoft.EntityFrameworkCore;
using Samplan.Data.Jobs;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>Two app nodes on one database: the sealer runs on one node at a time (its lease in
/// JobLeases); when that node stops, or its lease expires after a crash, the other takes over.</summary>
public sealed class AuditSealerLeaseTests
{
    [Fact]
    public async Task Of_two_app_nodes_only_the_lease_holder_seals_and_the_other_takes_over_when_it_stops()
    {
        var database = new SharedDatabase();
        await database.CreateForNodesAsync();
        try
        {
            var first = await AppNodeFactory.StartAsync(database);
            await UntilAsync(() => first.Jobs.RunsOf(AuditSealer.JobName) > 0, "the first node never ran the sealer");
            await using var second = await AppNodeFactory.StartAsync(database);

            // The second node's loop tries every 250 ms meanwhile; it must never get in.
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.Equal(0, second.Jobs.RunsOf(AuditSealer.JobName));
            Assert.False(await second.Jobs.RunOnceAsync(AuditSealer.JobName));
            Assert.Equal(first.Jobs.Holder, (await LeaseAsync(second)).Holder);

            // An event that arrives through the second node is sealed by the first.
            using (var client = second.NewClient())
            {
                await client.SignInAsync(Demo.Karin);
            }

            await UntilAsync(async () => await second.WithDbAsync(db => db.AuditEvents.AllAsync(e => e.Seal != null)), "the first node did not seal the second node's event");

            var firstRuns = first.Jobs.RunsOf(AuditSealer.JobName);
            await first.DisposeAsync(); // stops cleanly: gives the lease back
            Assert.True(firstRuns > 0);
            await UntilAsync(() => second.Jobs.RunsOf(AuditSealer.JobName) > 0, "the second node did not take over the sealer");
            Assert.Equal(second.Jobs.Holder, (await LeaseAsync(second)).Holder);
            Assert.True((await second.VerifyChainAsync()).IsIntact);
        }
        finally
        {
            await database.DropForNodesAsync();
        }
    }

    [Fact]
    public async Task A_crashed_nodes_lease_expires_and_another_node_takes_the_sealer()
    {
        await using var node = await AppNodeFactory.StartAsync(TestDatabase.FromEnvironment(), ("Samplan:Jobs:Enabled", "false"));
        // A node that took the lease and then died: it never renews nor gives it back.
        await node.WithDbAsync(async db =>
        {
            db.JobLeases.RemoveRange(db.JobLeases);
            db.JobLeases.Add(new JobLease { Name = AuditSealer.JobName, Holder = "crashed-node", ExpiresAt = node.Clock.GetUtcNow().AddSeconds(30) });
            return await db.SaveChangesAsync();
        });

        Assert.False(await node.Jobs.RunOnceAsync(AuditSealer.JobName));
        node.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(await node.Jobs.RunOnceAsync(AuditSealer.JobName));

        node.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.True(await node.Jobs.RunOnceAsync(AuditSealer.JobName));
        Assert.Equal(node.Jobs.Holder, (await LeaseAsync(node)).Holder);
    }

    private static Task<JobLease> LeaseAsync(SamplanFactory node) =>
        node.WithDbAsync(db => db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == AuditSealer.JobName));

    private static Task UntilAsync(Func<bool> condition, string failure) => UntilAsync(() => Task.FromResult(condition()), failure);

    private static async Task UntilAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(100);
        }
    }
}

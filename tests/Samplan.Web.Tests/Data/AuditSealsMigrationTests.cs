using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Infrastructure;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Data;

/// <summary>The AuditSeals migration moves each sealed event's position and hashes into
/// AuditSeals unchanged, so a chain sealed by the earlier version still verifies, and sets the
/// sealer's mark so that a row left unsealed is sealed after it, once.</summary>
public sealed class AuditSealsMigrationTests
{
    [Fact]
    public async Task A_chain_sealed_in_the_old_layout_verifies_after_the_migration_and_its_unsealed_row_is_sealed_next()
    {
        var database = TestDatabase.FromEnvironment();
        await database.CreateAsync();
        try
        {
            var options = LegacyDatabase.OptionsFor(database);
            var key = new AuditKey(
                new ConfigurationBuilder().AddInMemoryCollection([new("Samplan:Audit:Key", Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray()))]).Build(),
                Options.Create(new SamplanOptions()), new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
            var chain = new AuditChain(key);
            var at = AuditChain.Truncate(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
            var events = new[] { Event("first", at), Event("second", at.AddSeconds(1)), Event("left unsealed", at.AddSeconds(2)) };

            await using (var db = new SamplanDbContext(options))
            {
                await LegacyDatabase.MigrateToJustBeforeAsync(db, "AuditSeals");

                // The old layout: position and hashes on the event row, set by the old sealer.
                var previous = AuditChain.Genesis;
                for (var i = 0; i < events.Length; i++)
                {
                    var e = events[i];
                    var sealedNow = i < 2;
                    var hash = sealedNow ? chain.HashOf(e, i + 1, previous) : null;
                    // As the model stores it: UTC ticks on SQLite, timestamptz on PostgreSQL.
                    object stored = database.Provider == "Postgres" ? e.At : e.At.UtcTicks;
                    await db.Database.ExecuteSqlInterpolatedAsync($"""
                        INSERT INTO "AuditEvents" ("Code", "At", "UserId", "UserName", "Outcome", "Detail", "Repeats", "Sequence", "PreviousHash", "Hash")
                        VALUES ({e.Code}, {stored}, {e.UserId}, {e.UserName}, {e.Outcome}, {e.Detail}, {1}, {(sealedNow ? i + 1 : (long?)null)}, {(sealedNow ? previous : null)}, {hash})
                        """);
                    previous = hash ?? previous;
                }

                var head = new AuditChainHead { Sequence = 2, Hash = previous };
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "AuditChainHead" ("Id", "Sequence", "Hash", "Seal", "VerifiedSequence", "VerifiedHash", "VerifiedSeal") VALUES ({AuditChainHead.SingletonId}, {2L}, {previous}, {chain.SealOf(head)}, {0L}, {""}, {""})
                    """);
                await db.Database.MigrateAsync();
            }

            await using (var db = new SamplanDbContext(options))
            {
                var rows = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
                Assert.Equal(["first", "second", "left unsealed"], rows.Select(r => r.Detail));
                Assert.Equal([1L, 2L], rows.Take(2).Select(r => r.Seal!.Sequence));
                Assert.Null(rows[2].Seal);
                Assert.Equal(rows[1].Id, await db.AuditChainHeads.AsNoTracking().Select(h => h.SealedThroughEventId).SingleAsync());

                var settings = Options.Create(new AuditOptions());
                var status = new AuditSealStatus(db, TimeProvider.System, settings);
                Assert.Equal(1, (await status.ReadAsync()).UnsealedCount);
                await new AuditSealer(db, chain, new AuditSealHorizon(db), settings, status, NullLogger<AuditSealer>.Instance).RunAsync(CancellationToken.None);

                var sealedRow = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Id == rows[2].Id);
                Assert.Equal(3, sealedRow.Seal!.Sequence);
                var verification = await new AuditVerifier(db, chain, status).VerifyAsync();
                Assert.True(verification.IsIntact, string.Join("; ", verification.Problems));
                Assert.Equal(3, verification.EventsChecked);

                // The event rows are append-only now without exception: no UPDATE at all.
                await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Repeats\" = \"Repeats\""));
            }
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static AuditEvent Event(string detail, DateTimeOffset at) => new()
    {
        Code = (int)AuditAction.CaseViewed,
        At = at,
        UserId = "migration-" + at.Second.ToString(CultureInfo.InvariantCulture),
        UserName = "Migrering",
        Outcome = AuditOutcome.Success,
        Detail = detail,
    };
}

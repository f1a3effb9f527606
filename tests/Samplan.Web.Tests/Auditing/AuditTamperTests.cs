using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// Someone with administrator rights on the database switches the append-only triggers off, as
/// they could, and edits or deletes audit events. The chain of keyed hashes must show where:
/// <see cref="AuditVerifier"/> and /audit/verify name the kind of break and its position. A
/// dedicated app, because the chain stays broken; each test looks only at the events it made.
/// </summary>
public sealed class AuditTamperTests(TamperableAppFactory factory) : IClassFixture<TamperableAppFactory>
{
    [Fact]
    public async Task An_edited_entry_is_reported_as_edited_at_exactly_its_sequence()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();

        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Detail\" = 'nothing to see' WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", middle));

        Assert.Equal([new AuditProblem(AuditProblemKind.Edited, middle, middle)], await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task An_entry_given_another_user_is_reported_as_edited()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();

        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"UserName\" = 'Någon Annan', \"UserId\" = NULL WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", middle));

        Assert.Equal([new AuditProblem(AuditProblemKind.Edited, middle, middle)], await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task An_entry_deleted_in_the_middle_is_reported_as_deleted_from_n_to_n()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();

        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\" WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", middle));

        Assert.Equal([new AuditProblem(AuditProblemKind.Deleted, middle, middle)], await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task The_newest_entry_deleted_is_reported_at_the_end_of_the_chain()
    {
        var (first, _, last) = await ThreeNewEventsAsync();

        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\" WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", last));

        var verification = await factory.VerifyChainAsync();
        Assert.Equal(new AuditProblem(AuditProblemKind.Deleted, last, last), verification.Problems[^1]);
        Assert.Equal([new AuditProblem(AuditProblemKind.Deleted, last, last)], await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task Deleting_the_newest_entries_and_rewinding_the_head_is_still_detected()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();
        var kept = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.Seal!.Sequence == first));

        await TamperAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\" WHERE \"Id\" IN (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" >= {0})", middle);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditSeals\" WHERE \"Sequence\" >= {0}", middle);
            return await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditChainHead\" SET \"Sequence\" = {0}, \"Hash\" = {1}", kept.Seal!.Sequence, kept.Seal.Hash);
        });

        Assert.NotEmpty(await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task A_seal_whose_hash_was_rewritten_is_reported_as_edited_and_the_next_link_as_broken()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();

        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditSeals\" SET \"Hash\" = {0} WHERE \"Sequence\" = {1}", new string('a', 64), middle));

        Assert.Equal(
            [new AuditProblem(AuditProblemKind.Edited, middle, middle), new AuditProblem(AuditProblemKind.LinkBroken, last, last)],
            await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task A_seal_deleted_in_the_middle_is_reported_as_deleted_at_its_position()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();

        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditSeals\" WHERE \"Sequence\" = {0}", middle));

        Assert.Equal([new AuditProblem(AuditProblemKind.Deleted, middle, middle)], await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task An_event_and_its_seal_deleted_together_are_reported_as_deleted()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();

        await TamperAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\" WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", middle);
            return await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditSeals\" WHERE \"Sequence\" = {0}", middle);
        });

        Assert.Equal([new AuditProblem(AuditProblemKind.Deleted, middle, middle)], await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task The_verify_page_shows_an_edited_entry_with_its_number_and_logs_the_check_as_refused()
    {
        var (_, middle, _) = await ThreeNewEventsAsync();
        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Outcome\" = 'denied' WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", middle));
        using var ulla = factory.NewClient();
        await ulla.SignInAsync(AuditTrail.Ulla);
        var before = await factory.HeadAsync();

        var page = await HtmlPage.ReadAsync(await (await ulla.GetPageAsync("/audit/verify")).Form().PostAsync(ulla));

        AssertPage.Ok(page);
        Assert.Contains("Loggen är bruten", page.MainText, StringComparison.Ordinal);
        var rows = page.Rows(".error-summary table");
        Assert.Contains(rows, r => r[0] == "Ändrad post" && r[1] == $"nr {middle}");
        var logged = Assert.Single(await factory.EventsAfterAsync(before, e => e.Code == (int)AuditAction.AuditChainVerified));
        Assert.Equal(AuditOutcome.Refused, logged.Outcome);
    }

    [Fact]
    public async Task A_row_sealed_before_actors_were_recorded_keeps_its_hash_and_verifies()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();

        var row = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.Seal!.Sequence == middle));
        Assert.Null(row.ActorKind);
        Assert.Null(row.OnBehalfOfIndividualId);
        // The canonical form as it was before the actor fields existed, field by field.
        var legacy = string.Join('\u001f', new[]
        {
            row.Seal!.Sequence.ToString(CultureInfo.InvariantCulture), row.Code.ToString(CultureInfo.InvariantCulture), row.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            row.UserId ?? string.Empty, row.UserName ?? string.Empty, row.UnitId?.ToString() ?? string.Empty, row.OrganisationId?.ToString() ?? string.Empty,
            row.IndividualId?.ToString() ?? string.Empty, row.CaseId?.ToString() ?? string.Empty, row.SubjectOrganisationId?.ToString() ?? string.Empty,
            row.SubjectIndividualId?.ToString() ?? string.Empty, row.ClientAddress ?? string.Empty, row.Outcome, row.Detail ?? string.Empty, row.Seal.PreviousHash,
        });
        var key = factory.Services.GetRequiredService<AuditKey>();
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(legacy))), row.Seal.Hash);
        Assert.Empty(await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task An_actor_kind_written_onto_a_sealed_row_is_reported_as_edited()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();

        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"ActorKind\" = 'proxy:Guardian' WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {0})", middle));

        Assert.Equal([new AuditProblem(AuditProblemKind.Edited, middle, middle)], await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public async Task Changing_on_whose_behalf_a_sealed_row_acted_is_reported_as_edited()
    {
        var (first, middle, last) = await ThreeNewEventsAsync();

        await TamperAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"OnBehalfOfIndividualId\" = {0} WHERE \"Id\" = (SELECT \"EventId\" FROM \"AuditSeals\" WHERE \"Sequence\" = {1})", Guid.NewGuid(), middle));

        Assert.Equal([new AuditProblem(AuditProblemKind.Edited, middle, middle)], await ProblemsBetweenAsync(first, last));
    }

    [Fact]
    public void The_actor_fields_are_in_the_hash_only_when_set()
    {
        var chain = factory.Services.GetRequiredService<AuditChain>();
        var plain = new Samplan.Data.Auditing.AuditEvent { Code = 2113, At = DateTimeOffset.UnixEpoch, Outcome = AuditOutcome.Success };
        var individual = Guid.NewGuid();
        var byProxy = new Samplan.Data.Auditing.AuditEvent { Code = 2113, At = DateTimeOffset.UnixEpoch, Outcome = AuditOutcome.Success, ActorKind = "proxy:Guardian", OnBehalfOfIndividualId = individual };
        var otherIndividual = new Samplan.Data.Auditing.AuditEvent { Code = 2113, At = DateTimeOffset.UnixEpoch, Outcome = AuditOutcome.Success, ActorKind = "proxy:Guardian", OnBehalfOfIndividualId = Guid.NewGuid() };

        Assert.NotEqual(chain.HashOf(plain, 7, AuditChain.Genesis), chain.HashOf(byProxy, 7, AuditChain.Genesis));
        Assert.NotEqual(chain.HashOf(byProxy, 7, AuditChain.Genesis), chain.HashOf(otherIndividual, 7, AuditChain.Genesis));
        Assert.Equal(chain.HashOf(byProxy, 7, AuditChain.Genesis), chain.HashOf(new Samplan.Data.Auditing.AuditEvent { Code = 2113, At = DateTimeOffset.UnixEpoch, Outcome = AuditOutcome.Success, ActorKind = "proxy:Guardian", OnBehalfOfIndividualId = individual }, 7, AuditChain.Genesis));
    }

    /// <summary>Three fresh events in a row (three sign-ins); the triggers are off from here on.</summary>
    private async Task<(long First, long Middle, long Last)> ThreeNewEventsAsync()
    {
        await TamperAsync(DisableTriggersAsync);
        using var client = factory.NewClient();
        var start = await factory.HeadAsync();
        for (var i = 0; i < 3; i++)
        {
            await client.SignInAsync(Demo.Karin);
        }

        // Read back rather than counted from the head: a test that deleted the newest row leaves
        // a gap after the highest sequence still stored, whatever order the tests run in.
        await factory.SealAsync();
        var made = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Seal!.Sequence > start).OrderBy(e => e.Seal!.Sequence).Select(e => e.Seal!.Sequence).ToListAsync());
        Assert.Equal(3, made.Count);
        return (made[0], made[1], made[2]);
    }

    /// <summary>What a database administrator could do: drop (SQLite) or disable (PostgreSQL) the
    /// append-only triggers. Idempotent, so every test may call it.</summary>
    private static async Task<int> DisableTriggersAsync(SamplanDbContext db)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditSeals\" DISABLE TRIGGER USER");
            return await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" DISABLE TRIGGER USER");
        }

        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_seals_no_update");
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_seals_no_delete");
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_events_no_update");
        return await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_events_no_delete");
    }

    private Task<int> TamperAsync(Func<SamplanDbContext, Task<int>> change) => factory.WithDbAsync(change);

    /// <summary>The problems the verifier reports that touch the sequences from first to last.</summary>
    private async Task<IReadOnlyList<AuditProblem>> ProblemsBetweenAsync(long first, long last)
    {
        var verification = await factory.VerifyChainAsync();
        return [.. verification.Problems.Where(p => p.ToSequence >= first && p.FromSequence <= last)];
    }
}

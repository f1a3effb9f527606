using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// An app whose background jobs are off, so rows stay unsealed until a test seals them: the
/// verify page and /health warn when rows wait longer than Samplan:Audit:MaxUnsealedSeconds,
/// a check can start where the last intact one ended, and anonymous repeats are collapsed.
/// </summary>
public sealed class AuditSealLagTests : IAsyncLifetime
{
    private AppNodeFactory _app = null!;

    public async Task InitializeAsync() => _app = await AppNodeFactory.StartAsync(
        TestDatabase.FromEnvironment(), ("Samplan:Jobs:Enabled", "false"), ("Samplan:Audit:MaxUnsealedSeconds", "5"));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Events_left_unsealed_longer_than_the_setting_are_warned_about_on_the_verify_page_and_in_health()
    {
        await _app.SealAsync();
        using var ulla = _app.NewClient();
        await ulla.SignInAsync(AuditTrail.Ulla);
        Assert.Equal("healthy", await (await _app.NewClient().GetAsync(new Uri("/health", UriKind.Relative))).Content.ReadAsStringAsync());
        Assert.DoesNotContain("Varning", (await ulla.GetPageAsync("/audit/verify")).MainText, StringComparison.Ordinal);

        _app.Clock.Advance(TimeSpan.FromSeconds(6));

        var page = await ulla.GetPageAsync("/audit/verify");
        Assert.Contains("har väntat på försegling", page.MainText, StringComparison.Ordinal);
        var health = await _app.NewClient().GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("unsealed", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await _app.SealAsync();
        Assert.DoesNotContain("har väntat på försegling", (await ulla.GetPageAsync("/audit/verify")).MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_from_the_last_verified_position_covers_only_the_entries_sealed_since()
    {
        var full = await _app.VerifyChainAsync();
        Assert.True(full.IsIntact, string.Join("; ", full.Problems));
        using (var client = _app.NewClient())
        {
            await client.SignInAsync(Demo.Karin);
            await client.SignInAsync(Demo.Karin);
        }

        await _app.SealAsync();
        var head = await _app.HeadAsync();

        var incremental = await VerifyFromLastAsync();

        Assert.True(incremental.IsIntact, string.Join("; ", incremental.Problems));
        Assert.Equal(full.ToSequence + 1, incremental.FromSequence);
        Assert.Equal(head, incremental.ToSequence);
        Assert.Equal(head - full.ToSequence, incremental.EventsChecked);
    }

    [Fact]
    public async Task Anonymous_repeats_from_one_address_in_one_minute_become_one_row_and_one_count()
    {
        var before = await _app.WithDbAsync(db => db.AuditEvents.MaxAsync(e => (long?)e.Id)) ?? 0;
        for (var i = 0; i < 40; i++)
        {
            await using var scope = _app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteForUserAsync(AuditAction.SignInFailed, AuditOutcome.Denied, null, "okänd" + i);
        }

        var written = await AnonymousAfterAsync(before);
        Assert.Single(written);
        Assert.Equal(1, written[0].Repeats);

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await AuditLog.FlushRepeatsAsync(_app.Services.GetRequiredService<AuditAppender>(), _app.Services.GetRequiredService<AnonymousAuditCollapser>(), _app.Clock.GetUtcNow(), all: false, CancellationToken.None);

        written = await AnonymousAfterAsync(before);
        Assert.Equal([1, 39], written.Select(e => e.Repeats));
        Assert.True((await _app.VerifyChainAsync()).IsIntact);
    }

    [Fact]
    public async Task A_known_name_hammered_before_sign_in_is_collapsed_too_and_its_repeats_stay_with_its_organisation()
    {
        var before = await _app.WithDbAsync(db => db.AuditEvents.MaxAsync(e => (long?)e.Id)) ?? 0;
        const string userId = "hammered-user";
        for (var i = 0; i < 25; i++)
        {
            await using var scope = _app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteForUserAsync(AuditAction.SignInFailed, AuditOutcome.Denied, userId, "karin.ek", organisationId: AuditTrail.RegionUppsala);
        }

        Assert.Single(await KnownAfterAsync(before, userId));

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await AuditLog.FlushRepeatsAsync(_app.Services.GetRequiredService<AuditAppender>(), _app.Services.GetRequiredService<AnonymousAuditCollapser>(), _app.Clock.GetUtcNow(), all: false, CancellationToken.None);

        var written = await KnownAfterAsync(before, userId);
        Assert.Equal([1, 24], written.Select(e => e.Repeats));
        Assert.All(written, e => Assert.Equal(AuditTrail.RegionUppsala, e.OrganisationId));
    }

    private Task<List<Samplan.Data.Auditing.AuditEvent>> KnownAfterAsync(long afterId, string userId) =>
        _app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Id > afterId && e.UserId == userId).OrderBy(e => e.Id).ToListAsync());

    private Task<List<Samplan.Data.Auditing.AuditEvent>> AnonymousAfterAsync(long afterId) =>
        _app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Id > afterId && e.Code == (int)AuditAction.SignInFailed && e.UserId == null).OrderBy(e => e.Id).ToListAsync());

    private async Task<AuditVerification> VerifyFromLastAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(fromLastVerified: true);
    }
}

using Microsoft.Extensions.Time.Testing;
using Samplan.Domain.Directory;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>The session-check cache: nothing served unless a listener has turned it on, kept for its
/// lifetime, forgotten per user and wholesale, never keeping a read that a revocation overtook, and
/// never keeping an empty check (an unknown or deleted user).</summary>
public sealed class SessionCacheTests
{
    private const string Anna = "user-anna";
    private static readonly Guid Region = Guid.NewGuid();
    private static readonly IReadOnlyList<SessionRow> Rows = [new("stamp-1", Guid.NewGuid(), UnitKind.HealthCare, null)];

    [Fact]
    public void Nothing_is_kept_or_served_until_serving_starts()
    {
        var cache = new SessionCache(new FakeTimeProvider());
        cache.Add(Anna, Region, Rows, cache.Generation);
        Assert.False(cache.TryGet(Anna, Region, out _));

        cache.StartServing();
        cache.Add(Anna, Region, Rows, cache.Generation);
        Assert.True(cache.TryGet(Anna, Region, out var kept));
        Assert.Same(Rows, kept);
    }

    [Fact]
    public void A_check_is_kept_for_the_lifetime_only_and_for_its_organisation_only()
    {
        var time = new FakeTimeProvider();
        var cache = Serving(time);
        cache.Add(Anna, Region, Rows, cache.Generation);
        Assert.False(cache.TryGet(Anna, Guid.NewGuid(), out _));
        Assert.True(cache.TryGet(Anna, Region, out _));

        time.Advance(SessionCache.Lifetime + TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet(Anna, Region, out _));
    }

    [Fact]
    public void Revoking_a_user_forgets_them_and_no_one_else()
    {
        var cache = Serving(new FakeTimeProvider());
        cache.Add(Anna, Region, Rows, cache.Generation);
        cache.Add("user-karin", Region, Rows, cache.Generation);

        cache.Revoke(Anna);

        Assert.False(cache.TryGet(Anna, Region, out _));
        Assert.True(cache.TryGet("user-karin", Region, out _));
    }

    [Fact]
    public void A_read_overtaken_by_a_revocation_is_not_kept()
    {
        var cache = Serving(new FakeTimeProvider());
        var generation = cache.Generation; // a request starts reading
        cache.Revoke(Anna); // a sign-out commits meanwhile
        cache.Add(Anna, Region, Rows, generation);
        Assert.False(cache.TryGet(Anna, Region, out _));
    }

    [Fact]
    public void A_revocation_of_someone_else_during_a_read_costs_only_a_read()
    {
        var cache = Serving(new FakeTimeProvider());
        var generation = cache.Generation;
        cache.Revoke("user-karin");
        cache.Add(Anna, Region, Rows, generation);
        Assert.False(cache.TryGet(Anna, Region, out _));

        cache.Add(Anna, Region, Rows, cache.Generation);
        Assert.True(cache.TryGet(Anna, Region, out _));
    }

    [Fact]
    public void Stopping_forgets_everything_and_serves_nothing_until_started_again()
    {
        var cache = Serving(new FakeTimeProvider());
        cache.Add(Anna, Region, Rows, cache.Generation);

        cache.StopServing();
        Assert.False(cache.Serving);
        Assert.False(cache.TryGet(Anna, Region, out _));

        cache.StartServing();
        Assert.False(cache.TryGet(Anna, Region, out _)); // what was kept before is not trusted again
    }

    [Fact]
    public void An_empty_check_is_never_kept_and_revoke_all_forgets_everyone()
    {
        var cache = Serving(new FakeTimeProvider());
        cache.Add(Anna, Region, [], cache.Generation);
        Assert.False(cache.TryGet(Anna, Region, out _));

        cache.Add(Anna, Region, Rows, cache.Generation);
        cache.RevokeAll();
        Assert.False(cache.TryGet(Anna, Region, out _));
    }

    private static SessionCache Serving(TimeProvider time)
    {
        var cache = new SessionCache(time);
        cache.StartServing();
        return cache;
    }
}

using Microsoft.Extensions.Time.Testing;
using Samplan.Domain.Directory;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>The process-wide cache of unit names: kept for its lifetime, forgotten on a clear,
/// and never keeps what was read before a clear that happened during the read.</summary>
public sealed class UnitNameCacheTests
{
    private static readonly UnitInfo Ward = new(Guid.NewGuid(), "Avdelning 30", "SE2321000016-W30", Guid.NewGuid(), "Region Uppsala", OrganisationKind.Region);

    [Fact]
    public void A_unit_is_kept_for_the_lifetime_and_read_again_after_it()
    {
        var time = new FakeTimeProvider();
        var cache = new UnitNameCache(time);
        cache.Add([Ward], cache.Generation);
        Assert.True(cache.TryGet(Ward.Id, out var kept));
        Assert.Same(Ward, kept);

        time.Advance(UnitNameCache.Lifetime + TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet(Ward.Id, out _));
    }

    [Fact]
    public void A_clear_forgets_every_unit()
    {
        var cache = new UnitNameCache(new FakeTimeProvider());
        cache.Add([Ward], cache.Generation);
        cache.Clear();
        Assert.False(cache.TryGet(Ward.Id, out _));
    }

    [Fact]
    public void What_was_read_before_a_clear_is_not_kept_after_it()
    {
        var cache = new UnitNameCache(new FakeTimeProvider());
        var generation = cache.Generation; // a page starts reading
        cache.Clear(); // a rename is saved meanwhile
        cache.Add([Ward], generation); // the page's read, from before the rename
        Assert.False(cache.TryGet(Ward.Id, out _));
    }
}

using System.Collections.Concurrent;

namespace Samplan.Web.Infrastructure;

/// <summary>
/// The units case pages name, kept for the whole process: a coordinator's pages name the same
/// few units again and again, and reading them cost every case and plan page a statement. Only
/// what a page shows is kept (name, HSA id, organisation, kinds), never anything about a person.
/// A save that adds, renames or moves a unit or an organisation on this node clears it at once
/// (<see cref="CacheInvalidationInterceptor"/>); one made on another node shows here within
/// <see cref="Lifetime"/>. Access is never decided from it: the case's visibility and the acting
/// unit's kind come from the database on every request.
/// </summary>
public sealed class UnitNameCache(TimeProvider time)
{
    /// <summary>How long a unit read on this node is shown before it is read again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>A bound on memory: a region's directory is a few thousand units; past this the
    /// cache starts over instead of growing.</summary>
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<Guid, Entry> _units = new();

    private long _generation;

    /// <summary>Taken before a read from the database and handed to <see cref="Add"/>: what was
    /// read before a <see cref="Clear"/> is not kept after it.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(Guid unitId, out UnitInfo unit)
    {
        // The entry's generation is checked too: an Add that passed its check just before a
        // Clear can still write after it.
        if (_units.TryGetValue(unitId, out var entry) && entry.Generation == Generation && time.GetTimestamp() < entry.Expires)
        {
            unit = entry.Unit;
            return true;
        }

        unit = null!;
        return false;
    }

    public void Add(IEnumerable<UnitInfo> units, long generation)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (generation != Generation)
        {
            return;
        }

        if (_units.Count >= MaxEntries)
        {
            _units.Clear();
        }

        var expires = time.GetTimestamp() + (long)(Lifetime.TotalSeconds * time.TimestampFrequency);
        foreach (var unit in units)
        {
            _units[unit.Id] = new Entry(unit, generation, expires);
        }
    }

    /// <summary>Forgets every unit: the next page reads them again.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _units.Clear();
    }

    private sealed record Entry(UnitInfo Unit, long Generation, long Expires);
}

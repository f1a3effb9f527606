using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;

namespace Samplan.Web.Infrastructure;

/// <summary>Units with their organisations, for names on pages and for choosing participants.</summary>
public sealed class UnitDirectory(SamplanDbContext db, UnitNameCache names)
{
    /// <summary>The order units are listed in: by organisation, then by unit, as a Swedish reader
    /// sorts (å, ä, ö last).</summary>
    private static readonly StringComparer SwedishOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);

    private IReadOnlyList<UnitInfo>? _all;

    private readonly Dictionary<Guid, UnitInfo?> _found = [];

    public async Task<IReadOnlyList<UnitInfo>> AllAsync(CancellationToken cancellationToken = default) =>
        _all ??= await (from u in db.Units
                        join o in db.Organisations on u.OrganisationId equals o.Id
                        orderby o.Name, u.Name
                        select new UnitInfo(u.Id, u.Name, u.HsaId, o.Id, o.Name, o.Kind, u.Kind))
                       .ToListAsync(cancellationToken);

    /// <summary>The units one case names (<see cref="SipCase.NamedUnitIds"/>), by organisation and
    /// name: from <see cref="UnitNameCache"/> where this node has read them lately, the rest in one
    /// statement, so a warm case page reads none.</summary>
    public async Task<IReadOnlyList<UnitInfo>> ForCaseAsync(SipCase sipCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        if (_all is not null)
        {
            return _all;
        }

        var generation = names.Generation;
        var units = new List<UnitInfo>();
        var missing = new List<Guid>();
        foreach (var id in sipCase.NamedUnitIds().Distinct())
        {
            if (names.TryGet(id, out var known))
            {
                units.Add(known);
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var read = await ByIdsAsync(missing, cancellationToken);
            names.Add(read, generation);
            units.AddRange(read);
        }

        units.Sort((a, b) => SwedishOrder.Compare(a.OrganisationName, b.OrganisationName) is var byOrganisation and not 0
            ? byOrganisation
            : SwedishOrder.Compare(a.Name, b.Name));
        foreach (var unit in units)
        {
            _found[unit.Id] = unit;
        }

        return units;
    }

    /// <summary>The most units one search returns: a page offers a handful, never the directory.</summary>
    public const int SearchLimit = 20;

    /// <summary>Units whose name starts with the term or has a word that does, or whose HSA id is
    /// the term. The name prefix is served by the index on <see cref="Unit.SearchName"/>; an exact
    /// HSA id comes first, then name prefixes, then word prefixes, each by name.</summary>
    public async Task<IReadOnlyList<UnitInfo>> SearchAsync(
        string? term,
        IReadOnlyCollection<UnitKind>? kinds = null,
        IReadOnlyCollection<OrganisationKind>? organisationKinds = null,
        int limit = SearchLimit,
        CancellationToken cancellationToken = default)
    {
        // No unit name or HSA id holds a NUL byte or runs past a line's length; such a term finds
        // nothing, and PostgreSQL never sees a NUL it would refuse with an error.
        if (term is null || term.Contains('\0', StringComparison.Ordinal) || term.Length > Input.FieldLimitAttribute.Line)
        {
            return [];
        }

        var text = Unit.SearchText(term);
        if (text.Length == 0)
        {
            return [];
        }

        var hsaId = term!.Trim().ToUpperInvariant();
        var word = " " + text;
        var query = from u in db.Units
                    join o in db.Organisations on u.OrganisationId equals o.Id
                    where u.HsaId == hsaId || u.SearchName.StartsWith(text) || u.SearchName.Contains(word)
                    select new { Unit = u, Organisation = o };
        if (kinds is { Count: > 0 })
        {
            var kindList = kinds.ToList();
            query = query.Where(x => kindList.Contains(x.Unit.Kind));
        }

        if (organisationKinds is { Count: > 0 })
        {
            var organisationKindList = organisationKinds.ToList();
            query = query.Where(x => organisationKindList.Contains(x.Organisation.Kind));
        }

        return await query
            .OrderBy(x => x.Unit.HsaId == hsaId ? 0 : x.Unit.SearchName.StartsWith(text) ? 1 : 2)
            .ThenBy(x => x.Unit.Name)
            .ThenBy(x => x.Organisation.Name)
            .Take(Math.Clamp(limit, 1, SearchLimit))
            .Select(x => new UnitInfo(x.Unit.Id, x.Unit.Name, x.Unit.HsaId, x.Organisation.Id, x.Organisation.Name, x.Organisation.Kind, x.Unit.Kind))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The units a form posted, to check that they exist and to name them.</summary>
    public async Task<IReadOnlyList<UnitInfo>> ByIdsAsync(IEnumerable<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await (from u in db.Units
                      join o in db.Organisations on u.OrganisationId equals o.Id
                      where ids.Contains(u.Id)
                      orderby o.Name, u.Name
                      select new UnitInfo(u.Id, u.Name, u.HsaId, o.Id, o.Name, o.Kind, u.Kind))
                     .ToListAsync(cancellationToken);
    }

    /// <summary>One unit by id; reads one row unless the whole directory is already loaded.</summary>
    public async Task<UnitInfo?> FindAsync(Guid? unitId, CancellationToken cancellationToken = default)
    {
        if (unitId is not { } id)
        {
            return null;
        }

        if (_all is not null)
        {
            return _all.FirstOrDefault(u => u.Id == id);
        }

        if (!_found.TryGetValue(id, out var unit))
        {
            unit = (await ByIdsAsync([id], cancellationToken)).FirstOrDefault();
            _found[id] = unit;
        }

        return unit;
    }

    public async Task<string> NameAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        (await FindAsync(unitId, cancellationToken))?.Name ?? "–";
}

public sealed record UnitInfo(Guid Id, string Name, string HsaId, Guid OrganisationId, string OrganisationName, OrganisationKind Kind, UnitKind UnitKind = UnitKind.HealthCare)
{
    public string Label => $"{Name} ({OrganisationName})";
}

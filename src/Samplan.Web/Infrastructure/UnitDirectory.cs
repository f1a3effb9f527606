using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;

namespace Samplan.Web.Infrastructure;

/// <summary>Units with their organisations, for names on pages and for choosing participants.</summary>
public sealed class UnitDirectory(SamplanDbContext db)
{
    private IReadOnlyList<UnitInfo>? _all;

    public async Task<IReadOnlyList<UnitInfo>> AllAsync(CancellationToken cancellationToken = default) =>
        _all ??= await (from u in db.Units
                        join o in db.Organisations on u.OrganisationId equals o.Id
                        orderby o.Name, u.Name
                        select new UnitInfo(u.Id, u.Name, u.HsaId, o.Id, o.Name, o.Kind, u.Kind))
                       .ToListAsync(cancellationToken);

    /// <summary>The units one case names (<see cref="SipCase.NamedUnitIds"/>): a case page reads a
    /// handful of rows instead of the whole directory.</summary>
    public async Task<IReadOnlyList<UnitInfo>> ForCaseAsync(SipCase sipCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        if (_all is not null)
        {
            return _all;
        }

        var ids = sipCase.NamedUnitIds().ToList();
        return await (from u in db.Units
                      join o in db.Organisations on u.OrganisationId equals o.Id
                      where ids.Contains(u.Id)
                      orderby o.Name, u.Name
                      select new UnitInfo(u.Id, u.Name, u.HsaId, o.Id, o.Name, o.Kind, u.Kind))
                     .ToListAsync(cancellationToken);
    }

    public async Task<UnitInfo?> FindAsync(Guid? unitId, CancellationToken cancellationToken = default) =>
        unitId is null ? null : (await AllAsync(cancellationToken)).FirstOrDefault(u => u.Id == unitId);

    public async Task<string> NameAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        (await FindAsync(unitId, cancellationToken))?.Name ?? "–";
}

public sealed record UnitInfo(Guid Id, string Name, string HsaId, Guid OrganisationId, string OrganisationName, OrganisationKind Kind, UnitKind UnitKind = UnitKind.HealthCare)
{
    public string Label => $"{Name} ({OrganisationName})";
}

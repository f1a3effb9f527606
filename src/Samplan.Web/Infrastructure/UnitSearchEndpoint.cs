using Samplan.Domain.Directory;

namespace Samplan.Web.Infrastructure;

/// <summary>The type-ahead behind the unit search fields (wwwroot/js/unit-search.js). Units are
/// directory data, no personal data, so reads are not audited; the endpoint still needs a
/// signed-in professional (the fallback policy) since the directory is not public.</summary>
public static class UnitSearchEndpoint
{
    /// <summary>Which units a field may offer: <c>invite</c> leaves out staff offices (R-CALL-5),
    /// <c>coordinator</c> keeps units of a region or a municipality (R-PLAN-7).</summary>
    public static (IReadOnlyCollection<UnitKind>? Kinds, IReadOnlyCollection<OrganisationKind>? OrganisationKinds) Scope(string? scope) => scope switch
    {
        "invite" => (Invitable, null),
        "coordinator" => (null, [OrganisationKind.Region, OrganisationKind.Kommun]),
        _ => (null, null),
    };

    public static IReadOnlyCollection<UnitKind> Invitable { get; } = [.. Enum.GetValues<UnitKind>().Where(k => k.TakesPartInPlans())];

    public static IEndpointRouteBuilder MapUnitSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/units/search", async (string? q, string? scope, UnitDirectory directory, CancellationToken cancellationToken) =>
        {
            var (kinds, organisationKinds) = Scope(scope);
            var units = await directory.SearchAsync(q, kinds, organisationKinds, UnitDirectory.SearchLimit, cancellationToken);
            return Results.Json(units.Select(u => new UnitSearchResult(u.Id, u.Name, u.HsaId, u.OrganisationName, u.UnitKind.ToString())));
        });
        return endpoints;
    }
}

/// <summary>What the type-ahead shows of a unit.</summary>
public sealed record UnitSearchResult(Guid Id, string Name, string HsaId, string Organisation, string Kind);

using Samplan.Domain.Common;
using Samplan.Domain.People;

namespace Samplan.Domain.Actors;

/// <summary>
/// The one reference to whoever acts in a case. A professional acts for a unit (a
/// <see cref="StaffRef"/> converts to one, so every transition that takes an actor takes a
/// professional as before); the individual acts for themselves; a proxy acts for the individual
/// under a relation. Proxies carry a personnummer so that they can get a sign-in of their own.
/// </summary>
public sealed record Actor
{
    private Actor(ActorKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public ActorKind Kind { get; }

    public string Name { get; }

    /// <summary>The professional's user id; null for anyone else.</summary>
    public string? UserId { get; private init; }

    /// <summary>The unit a professional acts for; null for anyone else.</summary>
    public Guid? UnitId { get; private init; }

    /// <summary>The individual acting, or acted for by a proxy; null for a professional.</summary>
    public Guid? IndividualId { get; private init; }

    /// <summary>A proxy's own personnummer.</summary>
    public Personnummer? Personnummer { get; private init; }

    public ProxyRelation? Relation { get; private init; }

    /// <summary>The professional this actor is, or null for the individual or a proxy.</summary>
    public StaffRef? Staff => Kind == ActorKind.Professional ? new StaffRef(UserId!, Name, UnitId!.Value) : null;

    public static Actor FromStaffRef(StaffRef staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return new Actor(ActorKind.Professional, staff.Name) { UserId = staff.UserId, UnitId = staff.UnitId };
    }

    public static Actor TheIndividual(Guid individualId, string name) =>
        new(ActorKind.Individual, RequireName(name)) { IndividualId = individualId };

    public static Actor ProxyFor(Guid individualId, string name, Personnummer personnummer, ProxyRelation relation)
    {
        ArgumentNullException.ThrowIfNull(personnummer);
        return new Actor(ActorKind.Proxy, RequireName(name)) { IndividualId = individualId, Personnummer = personnummer, Relation = relation };
    }

    public static implicit operator Actor(StaffRef staff) => FromStaffRef(staff);

    private static string RequireName(string name)
    {
        new Rules().RequireText(name, "R-CONSENT-4", "actor.name-missing", nameof(Name)).ThrowIfAny();
        return name.Trim();
    }
}

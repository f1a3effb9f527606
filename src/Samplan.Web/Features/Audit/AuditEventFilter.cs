using Samplan.Data.Auditing;

namespace Samplan.Web.Features.Audit;

/// <summary>What an auditor searches for. The organisation is always set: an auditor never
/// sees another organisation's events.</summary>
public sealed record AuditEventFilter(
    Guid OrganisationId,
    AuditPeriod Period,
    Guid? IndividualId = null,
    string? UserId = null,
    Guid? UnitId = null,
    int? Code = null,
    string? Outcome = null,
    IReadOnlyList<Guid>? SamePersonIds = null)
{
    public IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var organisation = OrganisationId;
        // Its own staff's events, and refused attempts by anyone on the organisation's cases. Only
        // sealed events: their number is their place in the chain, which reviews refer to; the
        // sealer chains a new event within about a second.
        events = Period.Apply(events.Where(e => e.Seal != null && (e.OrganisationId == organisation || e.SubjectOrganisationId == organisation)));
        if (IndividualId is { } individual)
        {
            // Each organisation keeps its own record of a person; an event about a SIP another
            // organisation started names that organisation's record (PersonLookup gives them all).
            var ids = SamePersonIds is { Count: > 0 } same ? same.Append(individual).Distinct().ToList() : [individual];
            events = events.Where(e => (e.IndividualId != null && ids.Contains(e.IndividualId.Value))
                || (e.SubjectIndividualId != null && ids.Contains(e.SubjectIndividualId.Value) && e.SubjectOrganisationId == organisation));
        }

        if (UserId is { } user)
        {
            events = events.Where(e => e.UserId == user);
        }

        if (UnitId is { } unit)
        {
            events = events.Where(e => e.UnitId == unit);
        }

        if (Code is { } code)
        {
            events = events.Where(e => e.Code == code);
        }

        if (Outcome is { } outcome)
        {
            events = events.Where(e => e.Outcome == outcome);
        }

        return events;
    }

    /// <summary>The filter's shape for the audit log: which fields were used, never their
    /// personal values (the person goes in the event's own individual column).</summary>
    public string Shape =>
        $"person={YesNo(IndividualId is not null)}; user={YesNo(UserId is not null)}; unit={YesNo(UnitId is not null)}; " +
        $"from={Localization.L.Date(Period.From)}; to={Localization.L.Date(Period.To)}; code={Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}; outcome={Outcome ?? "any"}";

    private static string YesNo(bool value) => value ? "yes" : "no";
}

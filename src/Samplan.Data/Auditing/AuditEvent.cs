namespace Samplan.Data.Auditing;

/// <summary>One access to personal data or one security-relevant act. Rows are only ever
/// appended; each carries a keyed hash over its fields and the previous row's hash.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    /// <summary>Stable numeric event code (see AuditAction in the web app).</summary>
    public int Code { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? UnitId { get; set; }

    public Guid? OrganisationId { get; set; }

    public Guid? IndividualId { get; set; }

    public Guid? CaseId { get; set; }

    /// <summary>For a refused attempt on a case: the organisation answering for that case, so its
    /// auditors see who tried. Kept apart from <see cref="OrganisationId"/> (the actor's).</summary>
    public Guid? SubjectOrganisationId { get; set; }

    /// <summary>For a refused attempt: the person of the case, visible only to the auditors of
    /// <see cref="SubjectOrganisationId"/>, never to the actor's own organisation.</summary>
    public Guid? SubjectIndividualId { get; set; }

    public string? ClientAddress { get; set; }

    /// <summary>Who acted when it was not the signed-in professional for their unit: "individual",
    /// or "proxy:" and the relation (such as "proxy:Guardian"). Null means the professional, as on
    /// every row written before actors were recorded.</summary>
    public string? ActorKind { get; set; }

    /// <summary>The individual on whose behalf the individual or a proxy acted.</summary>
    public Guid? OnBehalfOfIndividualId { get; set; }

    public string Outcome { get; set; } = string.Empty;

    /// <summary>What was done, in words without personal data (a page, a filter's shape).</summary>
    public string? Detail { get; set; }

    /// <summary>How many events this row stands for: anonymous repeats from one client address
    /// within one minute are collapsed into one row (see AnonymousAuditCollapser).</summary>
    public int Repeats { get; set; } = 1;

    /// <summary>The row's place in the chain; null until the sealer has chained it. Kept in a
    /// table of its own (<c>AuditSeals</c>) so that an event row is written once and never
    /// updated: sealing only inserts.</summary>
    public AuditSeal? Seal { get; set; }
}

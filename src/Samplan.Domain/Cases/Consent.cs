namespace Samplan.Domain.Cases;

/// <summary>The consent to this coordination (R-CONSENT-1..8).</summary>
public sealed record Consent(
    ConsentKind Kind,
    ConsentMethod Method,
    string GivenBy,
    DateOnly GivenOn,
    bool ChildAlsoConsented,
    string? AttitudeSource,
    string? AttitudeOfIndividual,
    string? RepresentativeName,
    string? NotToBeShared,
    DateOnly? ValidUntil)
{
    public Common.StaffRef? RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset? WithdrawnAt { get; init; }

    public string? WithdrawnNote { get; init; }

    public bool IsInForceOn(DateOnly date) =>
        WithdrawnAt is null && (ValidUntil is null || date <= ValidUntil);
}

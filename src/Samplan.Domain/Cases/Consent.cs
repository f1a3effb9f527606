namespace Samplan.Domain.Cases;

/// <summary>The consent to this coordination (R-CONSENT-1..8). For a person who cannot consent,
/// <see cref="GivenBy"/> is the one who gave the account of their attitude (<see cref="AttitudeSource"/>),
/// never the person themselves.</summary>
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
    /// <summary>How <see cref="AttitudeSource"/> stands to the person: närstående, god man,
    /// förvaltare (R-CONSENT-3). Only for <see cref="ConsentKind.CannotConsent"/>.</summary>
    public AttitudeSourceKind? AttitudeSourceKind { get; init; }

    /// <summary>The guardians' personnummer (12 digits) where given, so that they can later
    /// sign in themselves. Only for <see cref="ConsentKind.GivenByGuardians"/>.</summary>
    public IReadOnlyList<string> GuardianPersonnummer { get; init; } = [];

    /// <summary>The personnummer (12 digits) of <see cref="RepresentativeName"/>, where given (R-CONSENT-4).</summary>
    public string? RepresentativePersonnummer { get; init; }

    /// <summary>The professional who recorded it; null when the individual or a proxy recorded it
    /// (the history says who).</summary>
    public Common.StaffRef? RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset? WithdrawnAt { get; init; }

    public string? WithdrawnNote { get; init; }

    public bool IsInForceOn(DateOnly date) =>
        WithdrawnAt is null && (ValidUntil is null || date <= ValidUntil);
}

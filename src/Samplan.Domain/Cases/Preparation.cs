namespace Samplan.Domain.Cases;

/// <summary>What the professional prepares with the individual before the invitation (R-PREP-1..6).
/// The individual's own preparation (R-PREP-4) is theirs and is saved on its own:
/// <see cref="SipCase.OwnPreparation"/>.</summary>
public sealed record Preparation(
    string? Purpose,
    string? Goal,
    string? Questions,
    string? MappedActors,
    bool EstablishedContactChecked,
    ParticipationMode Participation,
    string? ParticipationAdaptations,
    bool InterpreterNeeded,
    string? Language,
    bool EasyToReadInformation,
    string? InformWhenAbsent,
    Sbar Sbar);

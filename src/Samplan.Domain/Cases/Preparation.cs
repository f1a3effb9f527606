namespace Samplan.Domain.Cases;

/// <summary>What is prepared with the individual before the invitation (R-PREP-1..6).</summary>
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
    OwnPreparation Own,
    Sbar Sbar);

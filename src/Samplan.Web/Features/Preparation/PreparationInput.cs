using Samplan.Domain.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Preparation;

/// <summary>The professional's preparation; the individual's own is <see cref="OwnPreparationInput"/>.</summary>
public sealed class PreparationInput
{
    public string? Purpose { get; set; }

    public string? Goal { get; set; }

    public string? Questions { get; set; }

    public string? MappedActors { get; set; }

    public bool EstablishedContactChecked { get; set; }

    public ParticipationMode Participation { get; set; }

    public string? ParticipationAdaptations { get; set; }

    public bool InterpreterNeeded { get; set; }

    public string? Language { get; set; }

    public bool EasyToReadInformation { get; set; }

    public string? InformWhenAbsent { get; set; }

    public string? Situation { get; set; }

    public string? Background { get; set; }

    public string? Assessment { get; set; }

    public string? Recommendation { get; set; }

    public static PreparationInput From(Domain.Cases.Preparation? p) => p is null ? new() : new()
    {
        Purpose = p.Purpose,
        Goal = p.Goal,
        Questions = p.Questions,
        MappedActors = p.MappedActors,
        EstablishedContactChecked = p.EstablishedContactChecked,
        Participation = p.Participation,
        ParticipationAdaptations = p.ParticipationAdaptations,
        InterpreterNeeded = p.InterpreterNeeded,
        Language = p.Language,
        EasyToReadInformation = p.EasyToReadInformation,
        InformWhenAbsent = p.InformWhenAbsent,
        Situation = p.Sbar.Situation,
        Background = p.Sbar.Background,
        Assessment = p.Sbar.Assessment,
        Recommendation = p.Sbar.Recommendation,
    };

    public Domain.Cases.Preparation ToDomain() => new(
        FormText.OrNull(Purpose), FormText.OrNull(Goal), FormText.OrNull(Questions), FormText.OrNull(MappedActors), EstablishedContactChecked, Participation,
        FormText.OrNull(ParticipationAdaptations), InterpreterNeeded, FormText.OrNull(Language), EasyToReadInformation, FormText.OrNull(InformWhenAbsent),
        new Sbar(FormText.OrNull(Situation), FormText.OrNull(Background), FormText.OrNull(Assessment), FormText.OrNull(Recommendation)));
}

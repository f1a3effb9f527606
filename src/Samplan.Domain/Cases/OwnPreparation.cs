namespace Samplan.Domain.Cases;

/// <summary>The individual's own preparation, in their words (R-PREP-4, seed 001).</summary>
public sealed record OwnPreparation(
    string? MyExperience,
    string? MyNeedsAndWishes,
    string? HowIWouldLikeIt,
    string? CoordinatorWish,
    string? MyContacts,
    string? MyNotes);

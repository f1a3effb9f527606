using Samplan.Domain.Cases;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Preparation;

/// <summary>The individual's own preparation, in their words (R-PREP-4).</summary>
public sealed class OwnPreparationInput
{
    public string? MyExperience { get; set; }

    public string? MyNeedsAndWishes { get; set; }

    public string? HowIWouldLikeIt { get; set; }

    public string? CoordinatorWish { get; set; }

    public string? MyContacts { get; set; }

    public string? MyNotes { get; set; }

    public static OwnPreparationInput From(OwnPreparation? p) => p is null ? new() : new()
    {
        MyExperience = p.MyExperience,
        MyNeedsAndWishes = p.MyNeedsAndWishes,
        HowIWouldLikeIt = p.HowIWouldLikeIt,
        CoordinatorWish = p.CoordinatorWish,
        MyContacts = p.MyContacts,
        MyNotes = p.MyNotes,
    };

    public OwnPreparation ToDomain() => new(
        FormText.OrNull(MyExperience), FormText.OrNull(MyNeedsAndWishes), FormText.OrNull(HowIWouldLikeIt),
        FormText.OrNull(CoordinatorWish), FormText.OrNull(MyContacts), FormText.OrNull(MyNotes));
}

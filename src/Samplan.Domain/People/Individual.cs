using Samplan.Domain.Common;

namespace Samplan.Domain.People;

/// <summary>The person a plan is for (den enskilde).</summary>
public sealed class Individual
{
    private Individual()
    {
        Personnummer = null!;
    }

    public Guid Id { get; private set; }

    public Personnummer Personnummer { get; private set; }

    public string GivenName { get; private set; } = string.Empty;

    public string FamilyName { get; private set; } = string.Empty;

    /// <summary>Skyddade personuppgifter (R-PROT-1): only manual handling is allowed.</summary>
    public bool HasProtectedIdentity { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Lower-case text that list searches match against (name and number).</summary>
    public string SearchText { get; private set; } = string.Empty;

    public IReadOnlyList<RelatedPerson> Relations { get; private set; } = [];

    public string FullName => $"{GivenName} {FamilyName}";

    public static Individual Register(Guid id, Personnummer personnummer, string givenName, string familyName, string? phone = null)
    {
        new Rules()
            .RequireText(givenName, "R-ID-1", "individual.given-name-missing", nameof(GivenName))
            .RequireText(familyName, "R-ID-1", "individual.family-name-missing", nameof(FamilyName))
            .ThrowIfAny();

        var individual = new Individual
        {
            Id = id,
            Personnummer = personnummer,
            GivenName = givenName.Trim(),
            FamilyName = familyName.Trim(),
            Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(),
        };
        individual.RefreshSearchText();
        return individual;
    }

    public bool IsChildOn(DateOnly date) => Personnummer.AgeOn(date) < 18;

    public void AddRelation(RelatedPerson relation)
    {
        new Rules().RequireText(relation.Name, "R-PREP-2", "relation.name-missing", nameof(RelatedPerson.Name)).ThrowIfAny();
        Relations = [.. Relations, relation with { Name = relation.Name.Trim() }];
    }

    public void MarkProtectedIdentity() => HasProtectedIdentity = true;

    /// <summary>A mistaken mark is lifted (R-PROT-3); the cases decide what else returns.</summary>
    public void LiftProtectedIdentity() => HasProtectedIdentity = false;

    private void RefreshSearchText() =>
        SearchText = $"{GivenName} {FamilyName} {Personnummer.Value} {Personnummer}".ToLowerInvariant();
}

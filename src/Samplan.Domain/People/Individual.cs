using Samplan.Domain.Common;

namespace Samplan.Domain.People;

/// <summary>The person a plan is for (den enskilde), as one organisation's register knows them.
/// Each organisation keeps its own record of a personnummer: the name another organisation typed,
/// or a mark it set, is never shown to an organisation that starts a SIP for the same number
/// (a started case reveals nothing about the person's other SIPs).</summary>
public sealed class Individual
{
    private Individual()
    {
        Personnummer = null!;
    }

    public Guid Id { get; private set; }

    public Personnummer Personnummer { get; private set; }

    /// <summary>The organisation whose register this record is (the one whose unit first started a
    /// SIP for the person); null only for records made before records were kept per organisation
    /// that no SIP points at.</summary>
    public Guid? OrganisationId { get; private set; }

    public string GivenName { get; private set; } = string.Empty;

    public string FamilyName { get; private set; } = string.Empty;

    /// <summary>Skyddade personuppgifter (R-PROT-1): only manual handling is allowed.</summary>
    public bool HasProtectedIdentity { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Lower-case text that list searches match against (name and number).</summary>
    public string SearchText { get; private set; } = string.Empty;

    public IReadOnlyList<RelatedPerson> Relations { get; private set; } = [];

    public string FullName => $"{GivenName} {FamilyName}";

    public static Individual Register(Guid id, Personnummer personnummer, string givenName, string familyName, string? phone = null, Guid? organisationId = null)
    {
        new Rules()
            .RequireText(givenName, "R-ID-1", "individual.given-name-missing", nameof(GivenName))
            .RequireText(familyName, "R-ID-1", "individual.family-name-missing", nameof(FamilyName))
            .ThrowIfAny();

        var individual = new Individual
        {
            Id = id,
            Personnummer = personnummer,
            OrganisationId = organisationId,
            GivenName = givenName.Trim(),
            FamilyName = familyName.Trim(),
            Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(),
        };
        individual.RefreshSearchText();
        return individual;
    }

    /// <summary>A record made without an organisation is taken into the register of the
    /// organisation whose SIP it is for; a record never moves between organisations.</summary>
    public void KeepIn(Guid organisationId)
    {
        if (OrganisationId is { } current && current != organisationId)
        {
            throw new InvalidOperationException("A person's record belongs to one organisation's register.");
        }

        OrganisationId = organisationId;
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

namespace Samplan.Domain.Directory;

public sealed class Organisation
{
    private Organisation()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public OrganisationKind Kind { get; private set; }

    /// <summary>Organisationsnummer, ten digits.</summary>
    public string? OrganisationNumber { get; private set; }

    public bool IsHuvudman => Kind is OrganisationKind.Region or OrganisationKind.Kommun;

    public static Organisation Create(Guid id, string name, OrganisationKind kind, string? organisationNumber) =>
        new() { Id = id, Name = name.Trim(), Kind = kind, OrganisationNumber = organisationNumber };
}

namespace Samplan.Domain.Directory;

/// <summary>A verksamhet or enhet that takes part in plans, identified by its HSA id.</summary>
public sealed class Unit
{
    private Unit()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string HsaId { get; private set; } = string.Empty;

    /// <summary>A new name from the HSA catalogue; the HSA id stays.</summary>
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public static Unit Create(Guid id, Guid organisationId, string name, string hsaId) =>
        new() { Id = id, OrganisationId = organisationId, Name = name.Trim(), HsaId = hsaId.Trim() };
}

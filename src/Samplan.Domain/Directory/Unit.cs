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

    public UnitKind Kind { get; private set; }

    /// <summary>The name as a search matches it (<see cref="SearchText"/>): kept in its own indexed
    /// column so that a search in the national directory reads an index, not every row.</summary>
    public string SearchName { get; private set; } = string.Empty;

    /// <summary>A new name from the HSA catalogue; the HSA id stays.</summary>
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        SearchName = SearchText(Name);
    }

    /// <summary>A kind from the HSA catalogue or the organisation's own extract.</summary>
    public void ChangeKind(UnitKind kind) => Kind = kind;

    public static Unit Create(Guid id, Guid organisationId, string name, string hsaId, UnitKind kind = UnitKind.HealthCare) =>
        new() { Id = id, OrganisationId = organisationId, Name = name.Trim(), SearchName = SearchText(name), HsaId = hsaId.Trim(), Kind = kind };

    /// <summary>Lower case with single spaces, so that "gottsunda" finds "Hemtjänst  Gottsunda";
    /// a search term goes through the same function.</summary>
    public static string SearchText(string? text) =>
        string.Join(' ', (text ?? string.Empty).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

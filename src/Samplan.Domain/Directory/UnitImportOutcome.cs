namespace Samplan.Domain.Directory;

public enum UnitImportOutcome
{
    /// <summary>A new unit of the organisation.</summary>
    Created,

    /// <summary>The organisation already has the unit; its name changes.</summary>
    Updated,

    /// <summary>The organisation already has the unit with this name; nothing changes.</summary>
    Unchanged,

    Refused,
}

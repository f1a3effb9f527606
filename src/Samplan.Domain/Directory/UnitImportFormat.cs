namespace Samplan.Domain.Directory;

/// <summary>The two extract formats a unit import reads.</summary>
public enum UnitImportFormat
{
    /// <summary>A header row with hsaId and name (optionally organisationNumber), ';' or ',' separated.</summary>
    Csv,

    /// <summary>An array of objects with "hsaId" and "name" (optionally "organisationNumber").</summary>
    Json,
}

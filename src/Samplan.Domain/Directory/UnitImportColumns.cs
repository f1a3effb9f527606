namespace Samplan.Domain.Directory;

/// <summary>The column (CSV) and property (JSON) names an extract uses; matched ignoring case.</summary>
public static class UnitImportColumns
{
    public const string HsaId = "hsaId";

    public const string Name = "name";

    public const string OrganisationNumber = "organisationNumber";

    /// <summary>Optional: a <see cref="UnitKind"/> by name or Swedish word (<see cref="UnitKinds.Parse"/>).</summary>
    public const string Kind = "kind";

    internal static bool Is(string candidate, string column) =>
        string.Equals(candidate.Trim(), column, StringComparison.OrdinalIgnoreCase);
}

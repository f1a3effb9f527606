namespace Samplan.Domain.Directory;

/// <summary>The column (CSV) and property (JSON) names an extract uses; matched ignoring case.</summary>
public static class UnitImportColumns
{
    public const string HsaId = "hsaId";

    public const string Name = "name";

    public const string OrganisationNumber = "organisationNumber";

    internal static bool Is(string candidate, string column) =>
        string.Equals(candidate.Trim(), column, StringComparison.OrdinalIgnoreCase);
}

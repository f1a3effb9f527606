namespace Samplan.Domain.Directory;

/// <summary>One row as read from an extract, before validation. <see cref="Line"/> is the line of
/// the file it starts on (1 = the first line), so a user can find it in their editor.
/// <see cref="ReadProblem"/> is set when the row itself could not be read.</summary>
public sealed record UnitImportRow(int Line, string? HsaId, string? Name, string? OrganisationNumber, UnitImportRefusal? ReadProblem = null, string? Kind = null)
{
    public static UnitImportRow Unreadable(int line, UnitImportRefusal problem) => new(line, null, null, null, problem);
}

namespace Samplan.Domain.Directory;

/// <summary>The rows of an extract, or why the whole file could not be read.
/// <see cref="IgnoredColumns"/> names header columns or JSON properties the import does not use.</summary>
public sealed record UnitImportParseResult(IReadOnlyList<UnitImportRow> Rows, UnitImportFileError? FileError, IReadOnlyList<string> IgnoredColumns)
{
    public bool IsReadable => FileError is null;

    public static UnitImportParseResult Ok(IReadOnlyList<UnitImportRow> rows, IReadOnlyList<string> ignoredColumns) =>
        rows.Count == 0 ? Fail(UnitImportFileError.NoRows) : new(rows, null, ignoredColumns);

    public static UnitImportParseResult Fail(UnitImportFileError error) => new([], error, []);
}

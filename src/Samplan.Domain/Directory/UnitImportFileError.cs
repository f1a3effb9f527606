namespace Samplan.Domain.Directory;

/// <summary>Why a whole extract could not be read. Nothing of such a file is imported.</summary>
public enum UnitImportFileError
{
    Empty,
    NotUtf8,
    MissingColumns,
    InvalidJson,
    JsonNotAnArray,
    NoRows,
}

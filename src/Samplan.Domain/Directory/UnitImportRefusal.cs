namespace Samplan.Domain.Directory;

/// <summary>Why one row of an extract was refused; the other rows are still imported.</summary>
public enum UnitImportRefusal
{
    /// <summary>A CSV row with more or fewer fields than the header (often an unquoted separator in the name).</summary>
    WrongColumnCount,

    /// <summary>A CSV field opened with a quote that never closes.</summary>
    UnclosedQuote,

    /// <summary>A JSON array item that is not an object.</summary>
    NotAnObject,

    /// <summary>A JSON value that is not text (a number, say).</summary>
    ValueNotText,

    HsaIdMissing,
    HsaIdTooLong,
    HsaIdWrongFormat,

    /// <summary>The HSA id was issued under another organisationsnummer than the importing organisation's.</summary>
    HsaIdOfOtherOrganisationNumber,

    /// <summary>The row's organisationNumber column differs from the importing organisation's.</summary>
    OrganisationNumberMismatch,

    NameMissing,
    NameTooLong,

    /// <summary>The same HSA id appears on several rows, so which name is meant is unclear.</summary>
    DuplicateInFile,

    /// <summary>A unit with this HSA id belongs to another organisation in Samplan.</summary>
    BelongsToOtherOrganisation,

    /// <summary>The kind column names no <see cref="UnitKind"/>.</summary>
    UnknownKind,
}

namespace Samplan.Web.Features.Admin.Units;

/// <summary>An extract as a file or as pasted text (one of them). The organisation it goes into
/// is never posted: it is the administrator's own.</summary>
public sealed class UnitImportInput
{
    /// <summary>The most an extract may be: a whole region's units fit in far less.</summary>
    public const int MaxBytes = 1024 * 1024;

    public IFormFile? Upload { get; set; }

    // The import has its own byte limit (MaxBytes), checked with a message of its own.
    [Samplan.Web.Infrastructure.Input.FieldLimit(MaxBytes)]
    public string? Pasted { get; set; }
}

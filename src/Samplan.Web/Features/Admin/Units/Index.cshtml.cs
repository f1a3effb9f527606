using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Domain.Directory;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Admin.Units;

/// <summary>The organisation's units, and an import of units from a CSV or JSON extract. Rows
/// that pass are saved and the rest are reported with their reasons; a file that cannot be read
/// at all saves nothing.</summary>
[Authorize(Policy = SamplanRoles.UnitAdmin)]
// Room for a 1 MB extract and the rest of the form; larger requests are cut off by the server.
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit, ValueLengthLimit = RequestLimit)]
public sealed class IndexModel(SamplanDbContext db, CurrentStaff staff, AuditLog audit) : PageModel
{
    private const int RequestLimit = 4 * UnitImportInput.MaxBytes;

    [BindProperty]
    public UnitImportInput Import { get; set; } = new();

    public string OrganisationName { get; private set; } = string.Empty;

    public string? OrganisationNumber { get; private set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    /// <summary>Set after an import that was read: what happened to every row.</summary>
    public UnitImportReport? Report { get; private set; }

    public IReadOnlyList<string> IgnoredColumns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        if (organisation.OrganisationNumber is null)
        {
            ModelState.AddModelError(string.Empty, T("Din organisation saknar organisationsnummer i Samplan, så HSA-id kan inte kontrolleras. Kontakta systemförvaltningen.", "Your organisation has no organisationsnummer in Samplan, so HSA ids cannot be checked. Contact system management."));
            return Page();
        }

        var (parsed, field) = await ReadAsync(cancellationToken);
        if (parsed is null)
        {
            return Page();
        }

        if (parsed.FileError is { } fileError)
        {
            ModelState.AddModelError(field, T("Inget importerades. ", "Nothing was imported. ") + UnitImportText.Of(fileError));
            await audit.WriteAsync(AuditAction.UnitsImported, AuditOutcome.Refused, detail: $"unreadable={fileError}", cancellationToken: cancellationToken);
            return Page();
        }

        try
        {
            Report = await UnitImporter.ImportAsync(db, organisation, parsed.Rows, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(field, T("Inget importerades: enheterna ändrades samtidigt av någon annan. Försök igen.", "Nothing was imported: the units were changed by someone else at the same time. Try again."));
            await audit.WriteAsync(AuditAction.UnitsImported, AuditOutcome.Conflict, detail: "saved by someone else first", cancellationToken: cancellationToken);
            return Page();
        }

        IgnoredColumns = parsed.IgnoredColumns;
        await audit.WriteAsync(AuditAction.UnitsImported, AuditOutcome.Success,
            detail: $"rows={Report.Rows.Count} created={Report.Created} updated={Report.Updated} unchanged={Report.Unchanged} refused={Report.Refused}",
            cancellationToken: cancellationToken);

        // The extract is in; an empty form keeps a reload or a second click from repeating it.
        ModelState.Clear();
        Import = new UnitImportInput();
        Units = await db.UnitsOfAsync(organisation.Id, cancellationToken);
        return Page();
    }

    /// <summary>The rows of the file or pasted text, and the field a whole-file problem belongs
    /// to; null rows when the form itself needs correcting.</summary>
    private async Task<(UnitImportParseResult? Rows, string Field)> ReadAsync(CancellationToken cancellationToken)
    {
        const string uploadField = "Import.Upload", pastedField = "Import.Pasted";
        var hasText = !string.IsNullOrWhiteSpace(Import.Pasted);
        if (Import.Upload is { } upload)
        {
            if (hasText)
            {
                ModelState.AddModelError(uploadField, T("Välj antingen en fil eller klistra in text, inte båda.", "Choose either a file or pasted text, not both."));
                return (null, uploadField);
            }

            if (UnitImportParser.FormatOfFileName(upload.FileName) is not { } format)
            {
                ModelState.AddModelError(uploadField, T("Filen måste vara en .csv- eller .json-fil.", "The file must be a .csv or .json file."));
                return (null, uploadField);
            }

            if (upload.Length > UnitImportInput.MaxBytes)
            {
                ModelState.AddModelError(uploadField, T("Filen är större än 1 MB. Dela upp den i flera filer.", "The file is larger than 1 MB. Split it into several files."));
                return (null, uploadField);
            }

            await using var stream = upload.OpenReadStream();
            using var buffer = new MemoryStream((int)upload.Length);
            await stream.CopyToAsync(buffer, cancellationToken);
            return (UnitImportParser.Parse(buffer.ToArray(), format), uploadField);
        }

        if (!hasText)
        {
            ModelState.AddModelError(uploadField, T("Välj en fil eller klistra in text att importera.", "Choose a file or paste text to import."));
            return (null, uploadField);
        }

        if (Encoding.UTF8.GetByteCount(Import.Pasted!) > UnitImportInput.MaxBytes)
        {
            ModelState.AddModelError(pastedField, T("Texten är större än 1 MB. Dela upp den.", "The text is larger than 1 MB. Split it up."));
            return (null, pastedField);
        }

        return (UnitImportParser.Parse(Import.Pasted, UnitImportParser.GuessFormat(Import.Pasted)), pastedField);
    }

    private async Task<Organisation?> LoadAsync(CancellationToken cancellationToken)
    {
        var organisation = await db.OrganisationAsync(staff.OrganisationId, cancellationToken);
        if (organisation is not null)
        {
            OrganisationName = organisation.Name;
            OrganisationNumber = organisation.OrganisationNumber;
            Units = await db.UnitsOfAsync(organisation.Id, cancellationToken);
        }

        return organisation;
    }
}

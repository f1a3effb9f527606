using Samplan.Domain.Directory;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Admin.Units;

/// <summary>The import's outcomes and reasons in the user's language.</summary>
public static class UnitImportText
{
    public static string Of(UnitImportFileError error) => error switch
    {
        UnitImportFileError.Empty => T("Filen eller texten är tom.", "The file or text is empty."),
        UnitImportFileError.NotUtf8 => T("Filen är inte sparad som UTF-8. Spara den som \"CSV UTF-8\" och försök igen.", "The file is not saved as UTF-8. Save it as \"CSV UTF-8\" and try again."),
        UnitImportFileError.MissingColumns => T("Första raden måste vara en rubrikrad med kolumnerna hsaId och name (och gärna organisationNumber), åtskilda med semikolon eller komma.", "The first line must be a header naming the columns hsaId and name (and optionally organisationNumber), separated by semicolons or commas."),
        UnitImportFileError.InvalidJson => T("Texten är inte giltig JSON.", "The text is not valid JSON."),
        UnitImportFileError.JsonNotAnArray => T("JSON-innehållet måste vara en lista: [ {\"hsaId\": \"…\", \"name\": \"…\"}, … ].", "The JSON must be an array: [ {\"hsaId\": \"…\", \"name\": \"…\"}, … ]."),
        UnitImportFileError.NoRows => T("Det finns inga rader med enheter att importera.", "There are no unit rows to import."),
    };

    public static string Of(UnitImportRowResult row, UnitImportRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(row);
        return refusal switch
        {
            UnitImportRefusal.WrongColumnCount => T("Fel antal kolumner jämfört med rubrikraden – sätt namn som innehåller avgränsaren inom citattecken.", "Wrong number of columns compared with the header – put names containing the separator in quotes."),
            UnitImportRefusal.UnclosedQuote => T("Ett citattecken avslutas aldrig.", "A quote is never closed."),
            UnitImportRefusal.NotAnObject => T("Posten är inte ett objekt med hsaId och name.", "The item is not an object with hsaId and name."),
            UnitImportRefusal.ValueNotText => T("Ett värde är inte text (sätt det inom citattecken).", "A value is not text (put it in quotes)."),
            UnitImportRefusal.HsaIdMissing => T("HSA-id saknas.", "The HSA id is missing."),
            UnitImportRefusal.HsaIdTooLong => T($"HSA-id är längre än {HsaId.MaxLength} tecken.", $"The HSA id is longer than {HsaId.MaxLength} characters."),
            UnitImportRefusal.HsaIdWrongFormat => T("HSA-id har fel format: SE, tio siffror, bindestreck och stora bokstäver eller siffror, till exempel SE2321000016-ABC1.", "The HSA id has the wrong format: SE, ten digits, a dash and upper-case letters or digits, for example SE2321000016-ABC1."),
            UnitImportRefusal.HsaIdOfOtherOrganisationNumber => T("HSA-id hör till ett annat organisationsnummer än din organisations.", "The HSA id belongs to another organisationsnummer than your organisation's."),
            UnitImportRefusal.OrganisationNumberMismatch => T("Organisationsnumret på raden är inte din organisations.", "The organisation number on the row is not your organisation's."),
            UnitImportRefusal.NameMissing => T("Namn saknas.", "The name is missing."),
            UnitImportRefusal.NameTooLong => T($"Namnet är längre än {UnitImportValidator.NameMaxLength} tecken.", $"The name is longer than {UnitImportValidator.NameMaxLength} characters."),
            UnitImportRefusal.DuplicateInFile => T($"Samma HSA-id finns även på rad {Lines(row)} – ange varje enhet en gång.", $"The same HSA id is also on line {Lines(row)} – give each unit once."),
            UnitImportRefusal.BelongsToOtherOrganisation => T("En enhet med detta HSA-id tillhör en annan organisation i Samplan.", "A unit with this HSA id belongs to another organisation in Samplan."),
            UnitImportRefusal.UnknownKind => T("Okänd typ i kolumnen kind – ange hälso- och sjukvård, socialtjänst, skola, annan aktör eller stab.", "Unknown kind in the kind column – give HealthCare, SocialServices, School, OtherActor or StaffOffice."),
        };
    }

    public static string Of(UnitImportOutcome outcome) => outcome switch
    {
        UnitImportOutcome.Created => T("skapad", "created"),
        UnitImportOutcome.Updated => T("uppdaterad", "updated"),
        UnitImportOutcome.Unchanged => T("oförändrad", "unchanged"),
        UnitImportOutcome.Refused => T("avvisad", "refused"),
    };

    private static string Lines(UnitImportRowResult row) => string.Join(", ", row.OtherLines ?? []);
}

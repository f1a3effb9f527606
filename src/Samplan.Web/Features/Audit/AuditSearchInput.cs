using Samplan.Web.Infrastructure.Input;

namespace Samplan.Web.Features.Audit;

/// <summary>The search form of /audit. Bound from the query string without a prefix, so the
/// links for the next and previous page are plain URLs.</summary>
public sealed class AuditSearchInput
{
    /// <summary>Personnummer or samordningsnummer of the person whose data was accessed.</summary>
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Pnr { get; set; }

    /// <summary>The user name a professional signs in with.</summary>
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? User { get; set; }

    public Guid? Unit { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int? Code { get; set; }

    public string? Outcome { get; set; }

    /// <summary>Not "page": Razor Pages keeps that route value for itself.</summary>
    public int PageNumber { get; set; } = 1;

    public IEnumerable<KeyValuePair<string, string?>> QueryFor(int pageNumber)
    {
        var values = new Dictionary<string, string?>
        {
            ["pnr"] = Pnr,
            ["user"] = User,
            ["unit"] = Unit?.ToString(),
            ["from"] = Localization.L.Date(From),
            ["to"] = Localization.L.Date(To),
            ["code"] = Code?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["outcome"] = Outcome,
            ["pageNumber"] = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return values.Where(v => !string.IsNullOrWhiteSpace(v.Value) && v.Value != "–");
    }
}

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samplan.Data.Auditing;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>A period of whole Swedish days, either end open; "to" includes its whole day.</summary>
public sealed record AuditPeriod(DateOnly? From, DateOnly? To)
{
    public static AuditPeriod Whole { get; } = new(null, null);

    public IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (From is { } from)
        {
            var start = StockholmTime.StartOf(from);
            events = events.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = StockholmTime.StartOf(to.AddDays(1));
            events = events.Where(e => e.At < end);
        }

        return events;
    }

    /// <summary>Dates are not personal data, so the period may be written to the audit log.</summary>
    public string Describe() => (From, To) switch
    {
        (null, null) => T("hela loggen", "the whole log"),
        _ => $"{Date(From)} – {Date(To)}",
    };

    /// <summary>Adds an error next to "to" when the period ends before it begins.</summary>
    public static void Validate(ModelStateDictionary modelState, DateOnly? from, DateOnly? to, string toKey)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (from is { } f && to is { } t && t < f)
        {
            modelState.AddModelError(toKey, T("Periodens slut ligger före dess början.", "The period ends before it begins."));
        }
    }
}

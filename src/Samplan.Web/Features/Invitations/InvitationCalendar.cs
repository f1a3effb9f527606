using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Samplan.Domain.Cases;

namespace Samplan.Web.Features.Invitations;

/// <summary>
/// A kallelse as an iCalendar file (RFC 5545) that calendar programs accept: one VEVENT whose UID
/// is the invitation's own id and whose SEQUENCE rises with every move, so a later version of the
/// same invitation replaces it in the calendar; METHOD REQUEST, or CANCEL once voided; the time in Europe/Stockholm with its VTIMEZONE. It names no person:
/// the summary carries the SIP's short reference, the description a link to the SIP in Samplan.
/// </summary>
public static class InvitationCalendar
{
    public const string UidDomain = "samplan";

    public static string Uid(Invitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return $"{invitation.Id:D}@{UidDomain}";
    }

    public static string Create(SipCase sipCase, Invitation invitation, Uri caseUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sipCase);
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(caseUrl);
        // A voided invitation is the same event cancelled (RFC 5546): METHOD CANCEL, STATUS CANCELLED.
        var cancelled = invitation.Voided is not null;
        var calendar = new Calendar { ProductId = "-//Samplan//SIP//SV", Method = cancelled ? "CANCEL" : "REQUEST" };
        calendar.AddTimeZone(Infrastructure.SwedishClock.ZoneId);
        var start = invitation.MeetingDate.ToDateTime(invitation.StartTime);
        var end = start.Add(invitation.Duration);
        calendar.Events.Add(new CalendarEvent
        {
            Uid = Uid(invitation),
            Sequence = invitation.Sequence,
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC", true),
            DtStart = new CalDateTime(start, Infrastructure.SwedishClock.ZoneId, true),
            DtEnd = new CalDateTime(end, Infrastructure.SwedishClock.ZoneId, true),
            Summary = $"SIP-möte {sipCase.Reference}",
            // A video meeting's place is its link when no room was given; the link is the video
            // service's address, never personal data (R-CALL-10).
            Location = string.IsNullOrWhiteSpace(invitation.Place) ? invitation.MeetingLink ?? string.Empty : invitation.Place,
            Description = invitation.MeetingLink is { } link
                ? $"Kallelse till SIP-möte ({Localization.EnumText.Of(invitation.Form)}), möteslänk: {link}. Svara senast {invitation.AnswersDueOn:yyyy-MM-dd} och läs mer i Samplan: {caseUrl}"
                : $"Kallelse till SIP-möte ({Localization.EnumText.Of(invitation.Form)}). Svara senast {invitation.AnswersDueOn:yyyy-MM-dd} och läs mer i Samplan: {caseUrl}",
            Url = caseUrl,
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}

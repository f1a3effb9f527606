using Samplan.Domain.Notices;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Notices;

/// <summary>The words for a notice's kind and state, in Swedish and English: the mail carries
/// both (it is read before anyone signs in), the pages the user's language.</summary>
public static class NoticeText
{
    // Why a notice was cancelled, stored as these codes and put in words when shown.
    public const string ProtectedIdentity = "cancelled:protected-identity";
    public const string PersonDied = "cancelled:person-died";
    public const string SipEnded = "cancelled:sip-ended";
    public const string InvitationOver = "cancelled:invitation-over";

    /// <summary>The last error or the reason for cancelling, in words; a mail server's reply as it came.</summary>
    public static string Reason(string? text) => text switch
    {
        null => string.Empty,
        ProtectedIdentity => T("SIP:en hanteras manuellt (skyddad identitet): inget skickas.", "The SIP is handled manually (protected identity): nothing is sent."),
        PersonDied => T("Personen har avlidit: inget skickas.", "The person has died: nothing is sent."),
        SipEnded => T("SIP:en är avslutad.", "The SIP has ended."),
        InvitationOver => T("Kallelsen gäller inte längre (flyttad, makulerad eller mötet har varit).", "The invitation no longer stands (moved, voided or the meeting has passed)."),
        _ => text,
    };

    public static (string Sv, string En) Of(NoticeKind kind) => kind switch
    {
        NoticeKind.MessageToAcknowledge => ("Ett meddelande att kvittera", "A message to acknowledge"),
        NoticeKind.Invitation => ("En kallelse till ett SIP-möte", "An invitation to a SIP meeting"),
        NoticeKind.InvitationChanged => ("Ett SIP-möte har flyttats eller ställts in", "A SIP meeting was moved or cancelled"),
        NoticeKind.AcknowledgementReminder => ("Påminnelse: ett meddelande väntar på kvittering", "Reminder: a message awaits acknowledgement"),
        NoticeKind.InvitationReminder => ("Påminnelse: en kallelse väntar på svar", "Reminder: an invitation awaits an answer"),
        NoticeKind.FollowUpDue => ("En uppföljning av en SIP närmar sig", "A SIP follow-up is coming up"),
        NoticeKind.ConsentExpiring => ("Ett samtycke till en SIP går snart ut", "A consent to a SIP ends soon"),
        _ => ("Något väntar i Samplan", "Something waits in Samplan"),
    };

    public static string Kind(NoticeKind kind)
    {
        var (sv, en) = Of(kind);
        return T(sv, en);
    }

    public static string State(NoticeState state) => state switch
    {
        NoticeState.Pending => T("Väntar på att skickas", "Waiting to be sent"),
        NoticeState.Sent => T("Skickat", "Sent"),
        NoticeState.Logged => T("Skrivet till loggen (ingen e-postserver)", "Written to the log (no mail server)"),
        NoticeState.NoAddress => T("Ingen adress", "No address"),
        NoticeState.Failed => T("Kom inte fram", "Not delivered"),
        NoticeState.Cancelled => T("Inställt", "Cancelled"),
        _ => state.ToString(),
    };
}

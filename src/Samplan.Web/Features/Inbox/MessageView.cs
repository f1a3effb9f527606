using Samplan.Domain.Messages;

namespace Samplan.Web.Features.Inbox;

/// <summary>
/// What a message may show the unit looking at it. The person and the sender's words only when the
/// unit sees the case now (the consent covers sharing with it, or it answers for the case), or when
/// the message is a discharge notice to this very unit, which the law allows without consent
/// (R-DISCH-1). A person with protected identity is never named (R-PROT-1). Otherwise the message
/// shows what it is, from whom, when and the case's short reference: nothing about the person.
/// </summary>
public sealed record MessageView(bool ShowsPerson, bool ShowsText)
{
    public static MessageView For(CaseMessage message, bool isRecipient, bool seesCase, bool protectedIdentity)
    {
        ArgumentNullException.ThrowIfNull(message);
        var allowed = seesCase || (isRecipient && message.Kind == MessageKind.DischargeReady);
        return new MessageView(allowed && !protectedIdentity, allowed && !protectedIdentity && message.Text is not null);
    }
}

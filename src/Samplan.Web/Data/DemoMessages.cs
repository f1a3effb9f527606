using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.Messages;
using static Samplan.Web.Data.DemoDirectory;

namespace Samplan.Web.Data;

/// <summary>Demo messages, sent through the real rules: the vårdcentral's initiative for Gunnel,
/// before her consent, so the hemtjänst and the biståndshandläggare see what it shows them (the
/// case's reference and deadline, not who it is) and Johan has one to acknowledge.</summary>
internal static class DemoMessages
{
    private static readonly StaffRef Anna = new("demo", "Anna Lind", Vardcentral.Id);

    public static IEnumerable<CaseMessage> Create(IReadOnlyList<SipCase> cases, DateTimeOffset now)
    {
        var gunnel = cases.Single(c => c.Id == Guid.Parse("0d000000-0000-0000-0000-000000000001"));
        var sentAt = now.AddHours(-20);
        var initiative = CaseMessage.Send(Guid.Parse("0e000000-0000-0000-0000-000000000001"), gunnel, MessageKind.Initiative,
            [(Hemtjanst.Id, MessagePurpose.Acknowledge), (Bistand.Id, MessagePurpose.Information)], null, Anna, sentAt);
        gunnel.RecordMessageSent(initiative, Anna, sentAt);
        yield return initiative;
    }

    /// <summary>The answer rows of the demo invitations still ahead, as sending them makes (the
    /// demo's cases are driven through the domain, not the pages' save, which makes them).</summary>
    public static IEnumerable<Domain.Invitations.InvitationReply> Replies(IReadOnlyList<SipCase> cases) =>
        from c in cases
        where c.Phase == CasePhase.Invited && c.CurrentInvitation is not null
        from invitee in c.CurrentInvitation!.Invitees
        select Domain.Invitations.InvitationReply.For(c.Id, c.CurrentInvitation!, invitee);
}

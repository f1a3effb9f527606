using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.People;

namespace Samplan.Domain.Tests.Support;

/// <summary>Drives a case through its phases with valid data, so a test starts where it needs to.</summary>
internal sealed class CaseBuilder
{
    private CaseBuilder(Individual individual, SipCase sipCase)
    {
        Individual = individual;
        Case = sipCase;
    }

    public Individual Individual { get; }

    public SipCase Case { get; }

    /// <summary>Initiated by the region nurse at <see cref="TestData.Now"/>.</summary>
    public static CaseBuilder Initiated(Individual? individual = null, Initiative? initiative = null)
    {
        var person = individual ?? TestData.Adult();
        return new CaseBuilder(person, SipCase.Initiate(Guid.NewGuid(), person, initiative ?? TestData.Initiative(), TestData.RegionNurse, TestData.Now));
    }

    /// <summary>A fresh case in <paramref name="phase"/>; a PlanDraft case holds a complete draft ready to agree.</summary>
    public static CaseBuilder InPhase(CasePhase phase) => phase switch
    {
        CasePhase.Initiated => Initiated(),
        CasePhase.Preparing => Initiated().Consented().Prepared(),
        CasePhase.Invited => Initiated().Consented().Prepared().Invited(),
        CasePhase.PlanDraft => Initiated().Consented().Prepared().Invited().MeetingHeld().DraftSaved(),
        CasePhase.Active => Initiated().Consented().Prepared().Invited().MeetingHeld().DraftSaved().Agreed(),
        CasePhase.Closed => Initiated().Closed(),
        CasePhase.ManualHandling => Initiated().Consented().ManualHandling(),
    };

    /// <summary>An agreed plan (version 1) with the kommun coordinator; follow-up booked on <see cref="TestData.FollowUpOn"/>.</summary>
    public static CaseBuilder Active() => InPhase(CasePhase.Active);

    public CaseBuilder Consented(Consent? consent = null)
    {
        Case.RecordConsent(consent ?? TestData.AdultConsent(), Individual, TestData.RegionNurse, TestData.Now);
        return this;
    }

    public CaseBuilder Prepared(Preparation? preparation = null)
    {
        Case.SavePreparation(preparation ?? TestData.Preparation(), TestData.RegionNurse, TestData.Now);
        return this;
    }

    public CaseBuilder Invited(Invitation? invitation = null)
    {
        Case.SendInvitation(invitation ?? TestData.Invitation(), TestData.RegionNurse, TestData.Now);
        return this;
    }

    public CaseBuilder MeetingHeld(Meeting? meeting = null, DateTimeOffset? at = null)
    {
        Case.RecordMeeting(meeting ?? TestData.Meeting(), TestData.RegionNurse, at ?? TestData.AtMeeting);
        return this;
    }

    public CaseBuilder DraftSaved(PlanContent? content = null, DateTimeOffset? at = null)
    {
        Case.SavePlanDraft(content ?? TestData.CompletePlan(), TestData.RegionNurse, at ?? TestData.AtMeeting);
        return this;
    }

    public CaseBuilder Agreed(PlanApproval? approval = null, DateTimeOffset? at = null)
    {
        Case.AgreePlan(approval ?? TestData.Approval(), Individual, TestData.RegionNurse, at ?? TestData.AtMeeting);
        return this;
    }

    /// <summary>Records the follow-up made from the case: a follow-up names the goals by their ids.</summary>
    public CaseBuilder FollowedUp(Func<SipCase, FollowUp> followUp, StaffRef? by = null, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        Case.RecordFollowUp(followUp(Case), by ?? TestData.KommunOfficer, at ?? TestData.AtFollowUp);
        return this;
    }

    public CaseBuilder Closed(CloseReason reason = CloseReason.NoLongerNeeded)
    {
        Case.Close(reason, null, TestData.StaffOf(Case.ResponsibleUnitId), TestData.Now);
        return this;
    }

    public CaseBuilder ManualHandling()
    {
        SipCase.MarkProtectedIdentity(Individual, Case, [], TestData.Marking(TestData.StaffOf(Case.InitiatingUnitId)), TestData.Now);
        return this;
    }
}

using Samplan.Domain.Cases;

namespace Samplan.Domain.Tests.Support;

/// <summary>Runs each step a case page can offer with valid input, so tests can iterate over phases and steps.</summary>
internal static class Steps
{
    public static void Run(CaseBuilder b, CaseAction action)
    {
        var c = b.Case;
        switch (action)
        {
            case CaseAction.RecordConsent:
                c.RecordConsent(TestData.AdultConsent(), b.Individual, TestData.RegionNurse, TestData.Now);
                break;
            case CaseAction.EditPreparation:
                c.SavePreparation(TestData.Preparation(), TestData.RegionNurse, TestData.Now);
                break;
            case CaseAction.SendInvitation:
                c.SendInvitation(TestData.Invitation(), TestData.RegionNurse, TestData.Now);
                break;
            case CaseAction.RecordMeeting:
                c.RecordMeeting(TestData.Meeting(), TestData.RegionNurse, TestData.AtMeeting);
                break;
            case CaseAction.EditPlan:
                c.SavePlanDraft(TestData.CompletePlan(), TestData.RegionNurse, TestData.AtMeeting);
                break;
            case CaseAction.AgreePlan:
                c.AgreePlan(TestData.Approval(), b.Individual, TestData.RegionNurse, TestData.AtMeeting);
                break;
            case CaseAction.RecordFollowUp:
                c.RecordFollowUp(TestData.FollowUp(c), TestData.StaffOf(c.ResponsibleUnitId), TestData.AtFollowUp);
                break;
            case CaseAction.WithdrawConsent:
                c.WithdrawConsent("Vill inte längre", TestData.RegionNurse, TestData.AtMeeting);
                break;
            case CaseAction.Close:
                c.Close(CloseReason.NoLongerNeeded, null, TestData.StaffOf(c.ResponsibleUnitId), TestData.AtMeeting);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action.");
        }
    }
}

namespace Samplan.Domain.Cases;

/// <summary>How the individual approved the plan (R-PLAN-10).</summary>
public enum ApprovalMethod
{
    AtMeeting,
    SignedOnPaper,
    Digitally,
    ByRepresentative,
}

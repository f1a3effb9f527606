using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>What a log review concluded. Stored by name in <c>AuditReview.Outcome</c>: never rename.</summary>
public enum AuditReviewOutcome
{
    NoRemarks,
    NeedsInvestigation,
    UnauthorisedAccessFound,
}

public static class AuditReviewOutcomeText
{
    public static string Of(AuditReviewOutcome outcome) => outcome switch
    {
        AuditReviewOutcome.NoRemarks => T("Inga anmärkningar", "No remarks"),
        AuditReviewOutcome.NeedsInvestigation => T("Behöver utredas", "Needs investigation"),
        AuditReviewOutcome.UnauthorisedAccessFound => T("Otillåten åtkomst konstaterad", "Unauthorised access found"),
    };

    public static string OfStored(string stored) =>
        Enum.TryParse<AuditReviewOutcome>(stored, out var outcome) ? Of(outcome) : stored;

    /// <summary>Anything but "no remarks" must say what was found.</summary>
    public static bool NeedsFindings(AuditReviewOutcome outcome) => outcome != AuditReviewOutcome.NoRemarks;
}

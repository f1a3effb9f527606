using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>The two kinds of documented log review, as stored in <c>AuditReview.Kind</c>.</summary>
public static class AuditReviewKinds
{
    public const string RandomSample = "RandomSample";

    public const string Suspicion = "Suspicion";

    public static string Name(string kind) => kind switch
    {
        RandomSample => T("Stickprov", "Random sample"),
        Suspicion => T("Granskning vid misstanke", "Review on suspicion"),
        _ => kind,
    };
}

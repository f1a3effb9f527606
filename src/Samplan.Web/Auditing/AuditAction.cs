namespace Samplan.Web.Auditing;

/// <summary>Stable numeric event codes. Never renumber: reviews and extracts refer to them.</summary>
public enum AuditAction
{
    SignInSucceeded = 1001,
    SignInFailed = 1002,
    SignedOut = 1003,
    UnitSwitched = 1004,
    LockedOut = 1005,
    TwoFactorFailed = 1006,
    TwoFactorEnrolled = 1007,
    RateLimited = 1008,

    CaseListViewed = 2001,

    /// <summary>A person's name or number was shown in a list or a search result (PDL 4:3, 8:5):
    /// one row per person shown, so the person's own log extract lists the view.</summary>
    PersonShown = 2002,

    /// <summary>A unit's inbox was listed; it names no person, only case references.</summary>
    InboxViewed = 2003,

    /// <summary>A unit's notices by e-mail were listed; they name no person.</summary>
    NoticesViewed = 2004,
    CaseViewed = 2010,
    CaseFormOpened = 2011,
    PlanPrinted = 2012,
    PlanExported = 2013,
    MessageRead = 2014,

    CaseCreated = 2101,
    ConsentRecorded = 2102,
    ConsentWithdrawn = 2103,
    PreparationSaved = 2104,
    InvitationSent = 2105,
    MeetingRecorded = 2106,
    PlanSaved = 2107,
    PlanAgreed = 2108,
    FollowUpRecorded = 2109,
    CaseClosed = 2110,
    ProtectedIdentityMarked = 2111,
    ProtectedIdentityLifted = 2112,
    OwnPreparationSaved = 2113,
    InitiativeSent = 2114,
    MessageSent = 2115,
    MessageAcknowledged = 2116,
    CaseHandedOver = 2117,
    InvitationAnswered = 2118,
    InvitationMoved = 2119,
    InvitationVoided = 2120,
    DeviationReported = 2121,
    PlanCopyRecorded = 2122,
    CaseChanged = 2199,

    AccessRefused = 4001,
    ProtectedIdentityRefused = 4002,

    AuditSearched = 5001,
    AuditExtractForPerson = 5002,
    AuditReviewRecorded = 5003,
    AuditChainVerified = 5004,

    StaffChanged = 6001,
    UnitsImported = 6002,
    NoticeAddressChanged = 6003,
    NoticeChoicesChanged = 6004,
    NoticeRetried = 6005,
}

namespace Samplan.Web.Auditing;

public static class AuditOutcome
{
    public const string Success = "success";

    /// <summary>The request was understood but a rule or validation refused it.</summary>
    public const string Refused = "refused";

    /// <summary>Access was denied: not found for this unit, not signed in, wrong role.</summary>
    public const string Denied = "denied";

    /// <summary>Someone else saved first; nothing was written.</summary>
    public const string Conflict = "conflict";
}

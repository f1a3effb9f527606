namespace Samplan.Web.Authorization;

/// <summary>Why the acting unit may not do what it asked on a case it sees; the 403 status page
/// (re-executed in the same request) reads it from the request's items.</summary>
public sealed record CaseRefusalNotice(Guid CaseId, string Message)
{
    public const string Key = "Samplan.CaseRefusal";
}

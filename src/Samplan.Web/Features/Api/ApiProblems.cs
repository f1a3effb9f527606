using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samplan.Domain.Common;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Api;

/// <summary>
/// Every error the JSON API gives, as RFC 9457 problem details (<c>application/problem+json</c>)
/// in the request's language. A refusal by the rules carries each rule's requirement id, code and
/// message under <c>violations</c>, and the codes under <c>codes</c>, so a client can act on the
/// code and show the message. A refusal that means "the thing changed under you" (a moved or voided
/// invitation, a second acknowledgement, a concurrent answer) is 409; any other rule refusal is 422.
/// </summary>
public static class ApiProblems
{
    /// <summary>Codes that say the request was made against a state that is no longer there.</summary>
    private static readonly HashSet<string> ConflictCodes = new(StringComparer.Ordinal)
    {
        "invitation.changed", "invitation.voided", "invitation.replaced", "message.already-acknowledged", "concurrency.conflict",
    };

    /// <summary>The same answer for a thing that does not exist and one of another organisation, so ids cannot be probed.</summary>
    public static IResult NotFound() => Problem(StatusCodes.Status404NotFound,
        T("Finns inte", "Not found"),
        T("Det finns inget här som din enhet kan se.", "There is nothing here that your unit can see."));

    public static IResult Unauthorized() => Problem(StatusCodes.Status401Unauthorized,
        T("Inte inloggad", "Not signed in"),
        T("Logga in och välj enhet; API:t använder samma session som sidorna.", "Sign in and choose a unit; the API uses the same session as the pages."));

    public static IResult NoUnit() => Problem(StatusCodes.Status403Forbidden,
        T("Ingen enhet vald", "No unit chosen"),
        T("Välj vilken enhet du agerar för innan du använder API:t.", "Choose the unit you act for before using the API."));

    /// <summary>An operation the acting unit's relation to a case it sees does not allow (the pages answer 403 too).</summary>
    public static IResult Forbidden(RuleViolation refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Problem(StatusCodes.Status403Forbidden, T("Inte tillåtet", "Not allowed"), RuleMessages.For(refusal), [refusal]);
    }

    public static IResult UnsupportedMediaType() => Problem(StatusCodes.Status415UnsupportedMediaType,
        T("Fel innehållstyp", "Wrong content type"),
        T("Skicka JSON med Content-Type: application/json.", "Send JSON with Content-Type: application/json."));

    public static IResult TooLarge(int maxBytes) => Problem(StatusCodes.Status413PayloadTooLarge,
        T("För stor begäran", "Request too large"),
        T($"Begärans innehåll får vara högst {maxBytes} byte.", $"The request body may be at most {maxBytes} bytes."));

    /// <summary>A body that is not JSON, or not JSON of the expected shape; <paramref name="path"/> is where the reader stopped.</summary>
    public static IResult MalformedJson(string? path) => Problem(StatusCodes.Status400BadRequest,
        T("Ogiltig JSON", "Invalid JSON"),
        path is { Length: > 1 }
            ? T($"Innehållet kunde inte läsas som JSON av rätt form (vid {path}).", $"The body could not be read as JSON of the expected shape (at {path}).")
            : T("Innehållet kunde inte läsas som JSON av rätt form.", "The body could not be read as JSON of the expected shape."));

    /// <summary>Fields that break their limits, by their JSON name, as the pages show them beside each field.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, T("Några fält går inte att spara.", "Some fields cannot be saved."), title: T("Ogiltiga uppgifter", "Invalid input"));

    /// <summary>A refusal by the rules: 409 when the state changed under the caller, 422 otherwise.</summary>
    public static IResult Refused(DomainRuleException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var conflict = refusal.Violations.Any(v => ConflictCodes.Contains(v.Code));
        return Problem(
            conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
            conflict ? T("Ändrat under tiden", "Changed meanwhile") : T("Inte tillåtet enligt reglerna", "Refused by the rules"),
            string.Join(" ", refusal.Violations.Select(RuleMessages.For)),
            refusal.Violations);
    }

    /// <summary>A refusal with what the caller should know beside it (the invitation as it is now, who acknowledged first).</summary>
    public static IResult Refused(DomainRuleException refusal, IDictionary<string, object?> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var result = (ProblemHttpResult)Refused(refusal);
        foreach (var (key, value) in extensions)
        {
            result.ProblemDetails.Extensions[key] = value;
        }

        return result;
    }

    public static IResult ServerError() => Problem(StatusCodes.Status500InternalServerError,
        T("Något gick fel", "Something went wrong"),
        T("Begäran kunde inte slutföras. Inget av den sparades om inte svaret sa det.", "The request could not be completed. Nothing of it was saved unless the answer said so."));

    /// <summary>Any other status without a body of its own (a method the route does not take, say).</summary>
    public static IResult Status(int statusCode) => Problem(statusCode, null, null);

    private static ProblemHttpResult Problem(int status, string? title, string? detail, IReadOnlyList<RuleViolation>? violations = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (violations is { Count: > 0 })
        {
            problem.Extensions["codes"] = violations.Select(v => v.Code).ToArray();
            problem.Extensions["violations"] = violations.Select(v => new ApiViolation(v.Rule, v.Code, v.Field is null ? null : JsonName(v.Field), RuleMessages.For(v))).ToArray();
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>A domain field name (DeclineReason) as the JSON body names it (declineReason).</summary>
    public static string JsonName(string field) =>
        string.IsNullOrEmpty(field) ? field : char.ToLowerInvariant(field[0]) + field[1..];
}

/// <summary>One broken rule: the requirement id from DOMAIN.md, its stable code, the JSON field it concerns, and the message to show.</summary>
public sealed record ApiViolation(string Rule, string Code, string? Field, string Message);

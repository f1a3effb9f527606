using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Samplan.Web.Features.Audit;

/// <summary>For the GET forms, whose fields are written by hand so the URLs stay short.</summary>
public static class AuditForm
{
    public static string? Error(ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
    }

    /// <summary>What the user typed, also when it could not be read (a malformed date).</summary>
    public static string? Attempted(ModelStateDictionary modelState, string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && entry.AttemptedValue is { } attempted ? attempted : value;
    }
}

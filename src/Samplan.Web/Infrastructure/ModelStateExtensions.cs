using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samplan.Domain.Common;
using Samplan.Web.Localization;

namespace Samplan.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Puts each refused rule next to its field (prefixed like the form's input model),
    /// or in the summary when the rule concerns no single field.</summary>
    public static void AddRuleViolations(this ModelStateDictionary modelState, DomainRuleException exception, string prefix = "Input", IReadOnlyDictionary<string, string>? fieldMap = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var violation in exception.Violations)
        {
            var field = violation.Field;
            if (field is not null && fieldMap is not null && fieldMap.TryGetValue(field, out var mapped))
            {
                field = mapped;
            }

            var key = field is null ? string.Empty : $"{prefix}.{field}";
            modelState.AddModelError(key, RuleMessages.For(violation));
        }
    }

    /// <summary>A GET-bound value, or null when validation refused it (a NUL byte in a search,
    /// say): a search page still answers, with the message, instead of querying with it.</summary>
    public static string? ValidOrNull(this ModelStateDictionary modelState, string? value, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.GetFieldValidationState(key) == ModelValidationState.Invalid ? null : value;
    }
}

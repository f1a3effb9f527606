using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Admin.Staff;

/// <summary>Checks shared by the create and add-assignment forms.</summary>
public static class StaffFields
{
    public const int TextMaxLength = 200;

    public static string? RequireText(this ModelStateDictionary modelState, string? value, string key, string missingSv, string missingEn)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            modelState.AddModelError(key, T(missingSv, missingEn));
            return null;
        }

        if (text.Length > TextMaxLength)
        {
            modelState.AddModelError(key, T($"Högst {TextMaxLength} tecken.", $"At most {TextMaxLength} characters."));
            return null;
        }

        return text;
    }

    public static void RequireUnit(this ModelStateDictionary modelState, Guid? unitId, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (unitId is null)
        {
            modelState.AddModelError(key, T("Välj en enhet.", "Choose a unit."));
        }
    }

    /// <summary>A role as the staff pages name it.</summary>
    public static string RoleName(string role) => role switch
    {
        Infrastructure.SamplanRoles.Auditor => T("Logggranskare", "Log reviewer"),
        Infrastructure.SamplanRoles.UnitAdmin => T("Administratör", "Administrator"),
        _ => role,
    };

    /// <summary>Audit detail: ids only, never names or personal numbers.</summary>
    public static string AuditDetail(string what, string userId, Guid? unitId) =>
        $"{what} user={userId} unit={(unitId is { } id ? id.ToString() : "-")}";
}

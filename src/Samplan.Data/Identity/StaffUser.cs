using Microsoft.AspNetCore.Identity;

namespace Samplan.Data.Identity;

/// <summary>A professional's local account. Which units they act for lives in <see cref="StaffAssignment"/>.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Preferred UI language, "sv" or "en".</summary>
    public string Language { get; set; } = "sv";
}

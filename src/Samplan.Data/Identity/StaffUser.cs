using Microsoft.AspNetCore.Identity;

namespace Samplan.Data.Identity;

/// <summary>A professional's local account. Which units they act for lives in <see cref="StaffAssignment"/>.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The person's HSA id, matched against the identity provider's claim when staff sign
    /// in through OpenID Connect federation (e.g. SITHS).</summary>
    public string? HsaId { get; set; }

    /// <summary>Preferred UI language, "sv" or "en".</summary>
    public string Language { get; set; } = "sv";

    /// <summary>What the professional is told about at their own address (<see cref="StaffUser.Email"/>)
    /// for the units they act for, besides what goes to each unit's address. None unless chosen.</summary>
    public Samplan.Domain.Notices.NoticeChoice NoticeChoices { get; set; }
}

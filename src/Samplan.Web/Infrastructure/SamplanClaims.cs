namespace Samplan.Web.Infrastructure;

public static class SamplanClaims
{
    /// <summary>The unit the user acts for in this session (medarbetaruppdrag).</summary>
    public const string Unit = "samplan:unit";

    public const string DisplayName = "samplan:name";

    public const string UnitName = "samplan:unit-name";

    public const string Organisation = "samplan:organisation";

    /// <summary>A role held in the acting organisation (see <see cref="SamplanRoles"/>). Not
    /// <c>ClaimTypes.Role</c>: those would be Identity's global roles, which Samplan does not use.</summary>
    public const string Role = "samplan:role";
}

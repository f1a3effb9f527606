namespace Samplan.Web.Infrastructure;

public static class SamplanClaims
{
    /// <summary>The unit the user acts for in this session (medarbetaruppdrag).</summary>
    public const string Unit = "samplan:unit";

    public const string DisplayName = "samplan:name";

    public const string UnitName = "samplan:unit-name";

    public const string Organisation = "samplan:organisation";
}

using System.Resources;

namespace Samplan.Web.Localization;

/// <summary>The texts kept in resource files under Localization/Resources: Swedish in the neutral
/// <c>.resx</c> (the assembly's neutral language), each other language in <c>.{culture}.resx</c>
/// (a satellite assembly). A key missing in a language falls back to Swedish at run time, so the
/// localization tests read the files themselves to catch it.</summary>
public static class ResourceTexts
{
    public const string Folder = "Localization/Resources";

    /// <summary>Rule code → message (RuleMessages.resx).</summary>
    public static readonly ResourceManager RuleMessages = new("Samplan.Web.Localization.Resources.RuleMessages", typeof(ResourceTexts).Assembly);

    /// <summary>"EnumType.Value" → name (EnumNames.resx).</summary>
    public static readonly ResourceManager EnumNames = new("Samplan.Web.Localization.Resources.EnumNames", typeof(ResourceTexts).Assembly);
}

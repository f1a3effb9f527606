using System.Globalization;

namespace Samplan.Web.Localization;

/// <summary>The staff interface speaks Swedish by default and English on request. Each text is
/// written once as a Swedish/English pair where it is used, so no key can drift from its text.</summary>
public static class L
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string swedish, string english) => IsEnglish ? english : swedish;

    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";

    public static string DateTime(DateTimeOffset? at) =>
        at?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "–";
}

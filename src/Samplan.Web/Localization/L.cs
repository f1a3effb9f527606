using System.Globalization;

namespace Samplan.Web.Localization;

/// <summary>The staff interface speaks Swedish by default and English on request. Page texts are
/// written once as a Swedish/English pair where they are used, so no key can drift from its text.
/// Texts shared by many pages and meant for more languages later (rule messages, names of phases
/// and enums) are in resource files instead: see <see cref="ResourceTexts"/>.</summary>
public static class L
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string swedish, string english) => IsEnglish ? english : swedish;

    /// <summary>The page's language, from the culture (sv, en, and later the individual's languages).</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Writing direction, so a right-to-left language (Arabic, Persian) lays out the page
    /// mirrored without further work.</summary>
    public static string Direction => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? "rtl" : "ltr";

    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>A moment as a Swedish clock shows it. Stored moments come back from the database in
    /// UTC (SQLite keeps them as ticks, PostgreSQL as timestamptz), so each is converted here, in one
    /// place, rather than trusting the offset it happens to carry.</summary>
    public static string DateTime(DateTimeOffset? at) =>
        at is { } moment ? TimeZoneInfo.ConvertTime(moment, Stockholm).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "–";

    private static readonly TimeZoneInfo Stockholm = Infrastructure.SwedishClock.FindZone(TimeZoneInfo.FindSystemTimeZoneById);

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A deadline with its weekday, "söndag 6 december 2026", so a weekend is seen at once.</summary>
    public static string DayDate(DateOnly date) =>
        date.ToString("dddd d MMMM yyyy", IsEnglish ? British : Swedish);

    /// <summary>A day close to a deadline, "fredag 4 december", without the year.</summary>
    public static string DayMonth(DateOnly date) =>
        date.ToString("dddd d MMMM", IsEnglish ? British : Swedish);

    public static string WeekdayName(DateOnly date) =>
        (IsEnglish ? British : Swedish).DateTimeFormat.GetDayName(date.DayOfWeek);
}

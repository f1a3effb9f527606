using Samplan.Domain.Calendar;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Localization;

/// <summary>The warning shown with a deadline that falls on a day nobody works (R-INIT-5).</summary>
public static class DeadlineText
{
    public static string? NonWorkingWarning(DateOnly due) => NonWorkingDay.For(due) switch
    {
        null => null,
        { Holiday: { } holiday } day => T(
            $"Infaller på {EnumText.Of(holiday)} – sista vardag före är {DayMonth(day.LastWorkingDayBefore)}",
            $"Falls on {EnumText.Of(holiday)} – the last working day before is {DayMonth(day.LastWorkingDayBefore)}"),
        var day => T(
            $"Infaller en {WeekdayName(due)} – sista vardag före är {DayMonth(day.LastWorkingDayBefore)}",
            $"Falls on a {WeekdayName(due)} – the last working day before is {DayMonth(day.LastWorkingDayBefore)}"),
    };
}

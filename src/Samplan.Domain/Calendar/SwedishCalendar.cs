namespace Samplan.Domain.Calendar;

/// <summary>Which days are working days in Sweden: Monday to Friday, except public holidays and
/// the eves (midsommarafton, julafton, nyårsafton) that in practice nobody works. A deadline that
/// falls on another day is still the deadline; the staff need to know to act before it.</summary>
public static class SwedishCalendar
{
    public static SwedishHoliday? HolidayOn(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        var fromEaster = date.DayNumber - easter.DayNumber;
        switch (fromEaster)
        {
            case -2: return SwedishHoliday.Langfredagen;
            case -1: return SwedishHoliday.Paskafton;
            case 0: return SwedishHoliday.Paskdagen;
            case 1: return SwedishHoliday.AnnandagPask;
            case 39: return SwedishHoliday.KristiHimmelsfardsdag;
            case 49: return SwedishHoliday.Pingstdagen;
        }

        return (date.Month, date.Day) switch
        {
            (1, 1) => SwedishHoliday.Nyarsdagen,
            (1, 6) => SwedishHoliday.TrettondedagJul,
            (5, 1) => SwedishHoliday.ForstaMaj,
            (6, 6) => SwedishHoliday.Nationaldagen,
            (6, >= 19 and <= 25) when date.DayOfWeek == DayOfWeek.Friday => SwedishHoliday.Midsommarafton,
            (6, >= 20 and <= 26) when date.DayOfWeek == DayOfWeek.Saturday => SwedishHoliday.Midsommardagen,
            (10, 31) or (11, >= 1 and <= 6) when date.DayOfWeek == DayOfWeek.Saturday => SwedishHoliday.AllaHelgonsDag,
            (12, 24) => SwedishHoliday.Julafton,
            (12, 25) => SwedishHoliday.Juldagen,
            (12, 26) => SwedishHoliday.AnnandagJul,
            (12, 31) => SwedishHoliday.Nyarsafton,
            _ => null,
        };
    }

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && HolidayOn(date) is null;

    /// <summary>The nearest working day strictly before <paramref name="date"/>.</summary>
    public static DateOnly LastWorkingDayBefore(DateOnly date)
    {
        var day = date.AddDays(-1);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus,
    /// Meeus/Jones/Butcher), from which the movable holidays follow.</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}

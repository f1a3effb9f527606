namespace Samplan.Domain.Calendar;

/// <summary>A deadline that falls on a weekend or holiday, and the last working day before it.</summary>
public sealed record NonWorkingDay(DateOnly Date, SwedishHoliday? Holiday, DateOnly LastWorkingDayBefore)
{
    public static NonWorkingDay? For(DateOnly date) =>
        SwedishCalendar.IsWorkingDay(date)
            ? null
            : new NonWorkingDay(date, SwedishCalendar.HolidayOn(date), SwedishCalendar.LastWorkingDayBefore(date));
}

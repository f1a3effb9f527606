using Samplan.Domain.Calendar;

namespace Samplan.Domain.Tests.Calendar;

/// <summary>R-INIT-5: deadlines that fall on a weekend or Swedish public holiday are flagged with
/// the last working day before them, so the holidays must be right year by year.</summary>
public class SwedishCalendarTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2038, 4, 25)]
    public void Easter_Sunday_follows_the_computus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SwedishCalendar.EasterSunday(year));

    public static TheoryData<DateOnly, SwedishHoliday> Holidays2026And2027 => new()
    {
        { new(2026, 1, 1), SwedishHoliday.Nyarsdagen },
        { new(2026, 1, 6), SwedishHoliday.TrettondedagJul },
        { new(2026, 4, 3), SwedishHoliday.Langfredagen },
        { new(2026, 4, 4), SwedishHoliday.Paskafton },
        { new(2026, 4, 5), SwedishHoliday.Paskdagen },
        { new(2026, 4, 6), SwedishHoliday.AnnandagPask },
        { new(2026, 5, 1), SwedishHoliday.ForstaMaj },
        { new(2026, 5, 14), SwedishHoliday.KristiHimmelsfardsdag },
        { new(2026, 5, 24), SwedishHoliday.Pingstdagen },
        { new(2026, 6, 6), SwedishHoliday.Nationaldagen },
        { new(2026, 6, 19), SwedishHoliday.Midsommarafton },
        { new(2026, 6, 20), SwedishHoliday.Midsommardagen },
        { new(2026, 10, 31), SwedishHoliday.AllaHelgonsDag },
        { new(2026, 12, 24), SwedishHoliday.Julafton },
        { new(2026, 12, 25), SwedishHoliday.Juldagen },
        { new(2026, 12, 26), SwedishHoliday.AnnandagJul },
        { new(2026, 12, 31), SwedishHoliday.Nyarsafton },
        { new(2027, 3, 26), SwedishHoliday.Langfredagen },
        { new(2027, 3, 29), SwedishHoliday.AnnandagPask },
        { new(2027, 5, 6), SwedishHoliday.KristiHimmelsfardsdag },
        { new(2027, 6, 25), SwedishHoliday.Midsommarafton },
        { new(2027, 6, 26), SwedishHoliday.Midsommardagen },
        { new(2027, 11, 6), SwedishHoliday.AllaHelgonsDag },
        { new(2025, 6, 20), SwedishHoliday.Midsommarafton },
        { new(2025, 11, 1), SwedishHoliday.AllaHelgonsDag },
        { new(2025, 5, 29), SwedishHoliday.KristiHimmelsfardsdag },
    };

    [Theory]
    [MemberData(nameof(Holidays2026And2027))]
    public void R_INIT_5_Swedish_public_holidays_and_eves_are_known(DateOnly date, SwedishHoliday holiday)
    {
        Assert.Equal(holiday, SwedishCalendar.HolidayOn(date));
        Assert.False(SwedishCalendar.IsWorkingDay(date));
    }

    [Theory]
    [InlineData(2026, 6, 26)] // a Friday in midsommar week that is not midsommarafton
    [InlineData(2026, 11, 2)] // the Monday after alla helgons dag
    [InlineData(2026, 12, 23)]
    [InlineData(2027, 1, 7)]
    [InlineData(2026, 4, 2)] // skärtorsdagen is a working day
    public void Ordinary_weekdays_are_working_days(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Assert.Null(SwedishCalendar.HolidayOn(date));
        Assert.True(SwedishCalendar.IsWorkingDay(date));
    }

    [Fact]
    public void R_INIT_5_A_Thursday_discharge_gives_a_Sunday_deadline_whose_last_working_day_is_the_Friday()
    {
        var due = new DateOnly(2026, 12, 3).AddDays(3);

        var flag = NonWorkingDay.For(due);

        Assert.NotNull(flag);
        Assert.Equal(DayOfWeek.Sunday, due.DayOfWeek);
        Assert.Null(flag.Holiday);
        Assert.Equal(new DateOnly(2026, 12, 4), flag.LastWorkingDayBefore);
    }

    [Theory]
    [InlineData(2026, 12, 27, 2026, 12, 23)] // Sunday after Christmas: back past annandag, juldag and julafton
    [InlineData(2027, 1, 1, 2026, 12, 30)] // nyårsdagen: nyårsafton is no working day either
    [InlineData(2027, 3, 29, 2027, 3, 25)] // annandag påsk: back to skärtorsdagen
    [InlineData(2026, 6, 20, 2026, 6, 18)] // midsommardagen: midsommarafton is no working day
    public void R_INIT_5_Last_working_day_before_skips_holidays_and_eves(int y, int m, int d, int wy, int wm, int wd) =>
        Assert.Equal(new DateOnly(wy, wm, wd), NonWorkingDay.For(new DateOnly(y, m, d))!.LastWorkingDayBefore);

    [Fact]
    public void A_deadline_on_a_working_day_is_not_flagged() =>
        Assert.Null(NonWorkingDay.For(new DateOnly(2026, 11, 25)));
}

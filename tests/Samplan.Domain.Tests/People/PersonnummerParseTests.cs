using Samplan.Domain.People;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.People;

public class PersonnummerParseTests
{
    private static readonly DateOnly Today = TestData.Today;

    private static Personnummer Valid(string input, DateOnly? today = null)
    {
        var result = Personnummer.Parse(input, today ?? Today);
        Assert.True(result.IsValid, $"{input} should be valid but was {result.Error}");
        Assert.Null(result.Error);
        return result.Value!;
    }

    [Fact]
    public void R_ID_1_Twelve_digit_test_number_is_valid_and_stored_as_twelve_digits()
    {
        var pnr = Valid("191212121212");

        Assert.Equal("191212121212", pnr.Value);
        Assert.Equal(new DateOnly(1912, 12, 12), pnr.BirthDate);
        Assert.False(pnr.IsSamordningsnummer);
    }

    [Fact]
    public void R_ID_2_Skatteverket_test_number_born_2017_is_valid()
    {
        var pnr = Valid("201701012393");

        Assert.Equal(new DateOnly(2017, 1, 1), pnr.BirthDate);
        Assert.Equal("201701012393", pnr.Value);
    }

    [Fact]
    public void R_ID_1_Twelve_digits_with_dash_separator_give_the_same_number()
    {
        Assert.Equal(Valid("191212121212"), Valid("19121212-1212"));
    }

    [Fact]
    public void R_ID_1_Surrounding_and_inner_spaces_are_ignored()
    {
        Assert.Equal("191212121212", Valid("  19121212 1212 ").Value);
    }

    [Fact]
    public void R_ID_1_Ten_digits_take_the_century_from_today()
    {
        var pnr = Valid("1701012393");

        Assert.Equal("201701012393", pnr.Value);
        Assert.Equal(new DateOnly(2017, 1, 1), pnr.BirthDate);
    }

    [Fact]
    public void R_ID_1_Ten_digits_with_dash_mean_under_100_years_so_the_latest_possible_century()
    {
        var pnr = Valid("121212-1212");

        Assert.Equal("201212121212", pnr.Value);
        Assert.Equal(new DateOnly(2012, 12, 12), pnr.BirthDate);
    }

    [Fact]
    public void R_ID_1_Ten_digits_dated_later_this_year_than_today_belong_to_the_previous_century()
    {
        // Fictitious number (Luhn computed by the test helper): born 1 December 1926, day after today in 2026.
        var twelve = TestData.Fictitious(new DateOnly(1926, 12, 1));

        var pnr = Valid(twelve[2..8] + "-" + twelve[8..]);

        Assert.Equal(new DateOnly(1926, 12, 1), pnr.BirthDate);
        Assert.Equal(twelve, pnr.Value);
    }

    [Fact]
    public void R_ID_1_Ten_digits_dated_today_belong_to_this_century()
    {
        // Fictitious number (Luhn computed by the test helper): born today.
        var twelve = TestData.Fictitious(Today);

        Assert.Equal(Today, Valid(twelve[2..]).BirthDate);
    }

    [Fact]
    public void R_ID_1_The_inferred_century_depends_on_the_date_given_as_today()
    {
        Assert.Equal(new DateOnly(1912, 12, 12), Valid("121212-1212", new DateOnly(2012, 12, 11)).BirthDate);
        Assert.Equal(new DateOnly(2012, 12, 12), Valid("121212-1212", new DateOnly(2012, 12, 12)).BirthDate);
    }

    [Fact]
    public void R_ID_1_Plus_separator_means_100_years_or_older()
    {
        var pnr = Valid("121212+1212");

        Assert.Equal("191212121212", pnr.Value);
        Assert.Equal(new DateOnly(1912, 12, 12), pnr.BirthDate);
        Assert.True(pnr.AgeOn(Today) >= 100);
    }

    [Fact]
    public void R_ID_1_Samordningsnummer_has_day_plus_60_and_the_real_birth_date()
    {
        // Fictitious samordningsnummer (Luhn computed by the test helper): born 15 March 1990, day 75.
        var twelve = TestData.Fictitious(new DateOnly(1990, 3, 15), serial: 457, samordningsnummer: true);
        Assert.StartsWith("19900375", twelve, StringComparison.Ordinal);

        var pnr = Valid(twelve);

        Assert.True(pnr.IsSamordningsnummer);
        Assert.Equal(new DateOnly(1990, 3, 15), pnr.BirthDate);
        Assert.Equal(twelve, pnr.Value);
        Assert.Equal($"19900375-{twelve[8..]}", pnr.ToString());
    }

    [Theory]
    [InlineData(1)] // day 61
    [InlineData(31)] // day 91
    public void R_ID_1_Samordningsnummer_covers_the_first_and_last_day_of_the_month(int day)
    {
        // Fictitious samordningsnummer (Luhn computed by the test helper).
        var birth = new DateOnly(1985, 1, day);

        var pnr = Valid(TestData.Fictitious(birth, samordningsnummer: true));

        Assert.True(pnr.IsSamordningsnummer);
        Assert.Equal(birth, pnr.BirthDate);
    }

    [Fact]
    public void R_ID_1_Ten_digit_samordningsnummer_gets_its_century_from_the_real_day()
    {
        // Fictitious samordningsnummer (Luhn computed by the test helper): born 5 January 2001, day 65.
        var twelve = TestData.Fictitious(new DateOnly(2001, 1, 5), samordningsnummer: true);

        var pnr = Valid(twelve[2..8] + "-" + twelve[8..]);

        Assert.True(pnr.IsSamordningsnummer);
        Assert.Equal(new DateOnly(2001, 1, 5), pnr.BirthDate);
    }

    [Fact]
    public void R_ID_1_Leap_day_is_a_valid_birth_date()
    {
        // Fictitious number (Luhn computed by the test helper).
        Assert.Equal(new DateOnly(2000, 2, 29), Valid(TestData.Fictitious(new DateOnly(2000, 2, 29))).BirthDate);
    }

    [Fact]
    public void R_ID_1_Plus_in_the_twelve_digit_form_is_read_as_a_separator()
    {
        Assert.Equal("191212121212", Valid("19121212+1212").Value);
    }
}

using Samplan.Domain.People;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.People;

public class PersonnummerErrorTests
{
    private static void AssertError(string? input, PersonnummerError expected)
    {
        var result = Personnummer.Parse(input, TestData.Today);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(expected, result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void R_ID_1_Nothing_typed_is_Empty(string? input) => AssertError(input, PersonnummerError.Empty);

    [Theory]
    [InlineData("19121212x1212")]
    [InlineData("1912-1212-1212")]
    [InlineData("abcdefghijkl")]
    [InlineData("121212/1212")]
    public void R_ID_1_Letters_or_misplaced_separators_are_InvalidCharacters(string input) =>
        AssertError(input, PersonnummerError.InvalidCharacters);

    [Theory]
    [InlineData("12345")]
    [InlineData("123456789")]
    [InlineData("12345678901")]
    [InlineData("1912121212123")]
    [InlineData("1912121-1212")]
    public void R_ID_1_Other_than_ten_or_twelve_digits_is_WrongLength(string input) =>
        AssertError(input, PersonnummerError.WrongLength);

    [Theory]
    [InlineData("20100230")] // 30 February
    [InlineData("20101301")] // month 13
    [InlineData("20100001")] // month 0
    [InlineData("20100100")] // day 0
    [InlineData("20100132")] // 32 January
    [InlineData("20250229")] // 2025 is not a leap year
    [InlineData("20100160")] // day 60 is neither a day nor a samordningsnummer
    [InlineData("20100192")] // samordningsnummer for 32 January
    [InlineData("17991212")] // before 1800
    public void R_ID_1_Impossible_dates_are_InvalidDate(string yyyymmdd) =>
        // Luhn-valid on purpose so that only the date is wrong (fictitious).
        AssertError(TestData.WithCheckDigit(yyyymmdd + "238"), PersonnummerError.InvalidDate);

    [Fact]
    public void R_ID_1_Ten_digit_month_13_is_InvalidDate() =>
        AssertError(TestData.WithCheckDigit("20101301238")[2..], PersonnummerError.InvalidDate);

    [Theory]
    [InlineData("20261124")] // tomorrow
    [InlineData("20270101")]
    public void R_ID_1_Birth_date_after_today_is_BirthDateInFuture(string yyyymmdd) =>
        // Fictitious, Luhn-valid so that only the date is wrong.
        AssertError(TestData.WithCheckDigit(yyyymmdd + "238"), PersonnummerError.BirthDateInFuture);

    [Theory]
    [InlineData("191212121213")]
    [InlineData("19121212-1211")]
    [InlineData("1212121210")]
    public void R_ID_1_Wrong_check_digit_is_InvalidChecksum(string input) =>
        AssertError(input, PersonnummerError.InvalidChecksum);

    [Fact]
    public void R_ID_1_Changing_only_the_check_digit_of_a_valid_number_gives_InvalidChecksum() =>
        AssertError(TestData.WithWrongCheckDigit(TestData.TestNumber2017), PersonnummerError.InvalidChecksum);
}

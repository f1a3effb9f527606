using Samplan.Domain.People;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.People;

public class PersonnummerValueTests
{
    [Fact]
    public void R_ID_1_ToString_shows_YYYYMMDD_dash_NNNN()
    {
        Assert.Equal("19121212-1212", TestData.Pnr("191212121212").ToString());
        Assert.Equal("20170101-2393", TestData.Pnr("170101-2393").ToString());
    }

    [Theory]
    [InlineData("1212121212", true)]
    [InlineData("1701012393", true)]
    [InlineData("1212121213", false)]
    [InlineData("1701012394", false)]
    public void R_ID_1_Check_digit_follows_the_modulus_10_rule(string tenDigits, bool expected) =>
        Assert.Equal(expected, Personnummer.HasValidCheckDigit(tenDigits));

    [Fact]
    public void R_ID_1_The_test_Luhn_helper_reproduces_Skatteverkets_test_numbers()
    {
        Assert.Equal(TestData.TolvanNumber, TestData.WithCheckDigit("19121212121"));
        Assert.Equal(TestData.TestNumber2017, TestData.WithCheckDigit("20170101239"));
    }

    [Fact]
    public void R_ID_1_AgeOn_counts_whole_years_and_turns_on_the_birthday()
    {
        var pnr = TestData.Pnr(TestData.TolvanNumber);

        Assert.Equal(113, pnr.AgeOn(new DateOnly(2026, 12, 11)));
        Assert.Equal(114, pnr.AgeOn(new DateOnly(2026, 12, 12)));
        Assert.Equal(0, pnr.AgeOn(new DateOnly(1912, 12, 12)));
    }

    [Fact]
    public void R_ID_1_AgeOn_of_a_samordningsnummer_uses_the_real_birth_date()
    {
        // Fictitious samordningsnummer (Luhn computed by the test helper): born 15 March 1990.
        var pnr = TestData.Pnr(TestData.Fictitious(new DateOnly(1990, 3, 15), samordningsnummer: true));

        Assert.Equal(35, pnr.AgeOn(new DateOnly(2026, 3, 14)));
        Assert.Equal(36, pnr.AgeOn(new DateOnly(2026, 3, 15)));
    }

    [Fact]
    public void R_ID_1_FromStored_rebuilds_the_same_number()
    {
        Assert.Equal(TestData.Pnr(TestData.TolvanNumber), Personnummer.FromStored(TestData.TolvanNumber));

        // Fictitious samordningsnummer (Luhn computed by the test helper).
        var coordination = TestData.Fictitious(new DateOnly(2001, 1, 5), samordningsnummer: true);
        var rebuilt = Personnummer.FromStored(coordination);
        Assert.True(rebuilt.IsSamordningsnummer);
        Assert.Equal(coordination, rebuilt.Value);
    }

    [Fact]
    public void R_ID_1_FromStored_refuses_a_number_that_is_not_valid() =>
        Assert.Throws<FormatException>(() => Personnummer.FromStored("191212121213"));

    [Fact]
    public void R_ID_1_Numbers_with_the_same_digits_are_equal() =>
        Assert.Equal(TestData.Pnr("19121212-1212"), TestData.Pnr("121212+1212"));
}

using Samplan.E2E.Infrastructure;

namespace Samplan.E2E;

/// <summary>The test's own number generator must give numbers the app accepts.</summary>
public sealed class TestPersonnummerTests
{
    [Theory]
    [InlineData("121212121", 2)] // Skatteverket's test number 19121212-1212
    [InlineData("170101239", 3)] // Skatteverket's test number 20170101-2393
    [InlineData("811218987", 6)] // 811218-9876, the textbook example
    public void Check_digit_follows_the_modulus_10_rule(string nineDigits, int expected) =>
        Assert.Equal(expected, TestPersonnummer.CheckDigit(nineDigits));

    [Fact]
    public void Generated_adult_numbers_are_born_in_1960_and_carry_a_valid_check_digit()
    {
        for (var i = 0; i < 50; i++)
        {
            var number = TestPersonnummer.RandomAdult();
            Assert.Matches(@"^1960\d{4}-\d{4}$", number);
            var digits = number[2..8] + number[9..12];
            Assert.Equal(number[^1] - '0', TestPersonnummer.CheckDigit(digits));
        }
    }
}

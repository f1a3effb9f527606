using System.Globalization;

namespace Samplan.E2E.Infrastructure;

/// <summary>Fictitious personnummer that pass the check-digit rule (modulus 10, the Luhn
/// algorithm over the ten digits YYMMDDNNN + check digit), for people who exist only in the test.</summary>
public static class TestPersonnummer
{
    /// <summary>An adult born on a random day in 1960, written as ÅÅÅÅMMDD-NNNK.</summary>
    public static string RandomAdult()
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(0, 366));
        return For(birth, Random.Shared.Next(0, 1000));
    }

    public static string For(DateOnly birthDate, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999);
        var nine = string.Create(CultureInfo.InvariantCulture, $"{birthDate:yyMMdd}{serial:000}");
        return string.Create(CultureInfo.InvariantCulture, $"{birthDate:yyyyMMdd}-{serial:000}{CheckDigit(nine)}");
    }

    /// <summary>Weights 2,1,2,1…; products over 9 count as their digit sum; the check digit
    /// brings the total up to the next multiple of ten.</summary>
    public static int CheckDigit(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        if (nineDigits.Length != 9 || !nineDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Exactly nine digits are needed.", nameof(nineDigits));
        }

        var sum = 0;
        for (var i = 0; i < nineDigits.Length; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return (10 - (sum % 10)) % 10;
    }
}

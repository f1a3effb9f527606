using System.Globalization;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>
/// Fictitious personnummer that pass the modulus-10 (Luhn) check, from a random adult birth date,
/// so each test gets its own individual without clashing on the unique number (R-ID-1, R-ID-2).
/// </summary>
public sealed record TestPersonnummer(DateOnly BirthDate, string Serial)
{
    /// <summary>YYYYMMDDNNNC, as stored.</summary>
    public string Twelve => BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Serial + CheckDigit(ShortWithoutCheck);

    /// <summary>YYYYMMDD-NNNC, as shown.</summary>
    public string WithHyphen => Twelve[..8] + "-" + Twelve[8..];

    /// <summary>YYMMDD-NNNC.</summary>
    public string Ten => Twelve[2..8] + "-" + Twelve[8..];

    private string ShortWithoutCheck => BirthDate.ToString("yyMMdd", CultureInfo.InvariantCulture) + Serial;

    /// <summary>Born 1940–1999: an adult whose ten-digit form has only one reading.</summary>
    public static TestPersonnummer NewAdult()
    {
        var start = new DateOnly(1940, 1, 1);
        var days = new DateOnly(1999, 12, 31).DayNumber - start.DayNumber;
        var birth = start.AddDays(Random.Shared.Next(days + 1));
        var serial = Random.Shared.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
        return new TestPersonnummer(birth, serial);
    }

    /// <summary>The check digit for the first nine digits of the ten-digit form.</summary>
    public static char CheckDigit(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    public override string ToString() => WithHyphen;
}

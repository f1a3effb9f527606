using System.Globalization;

namespace Samplan.Domain.People;

/// <summary>
/// A Swedish personnummer or samordningsnummer (R-ID-1): stored as 12 digits, shown as
/// YYYYMMDD-NNNN, check digit by the modulus-10 (Luhn) rule, samordningsnummer with day + 60.
/// </summary>
public sealed record Personnummer
{
    private Personnummer(string value, DateOnly birthDate, bool isSamordningsnummer)
    {
        Value = value;
        BirthDate = birthDate;
        IsSamordningsnummer = isSamordningsnummer;
    }

    /// <summary>Twelve digits, no separator.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public bool IsSamordningsnummer { get; }

    /// <summary>Parses what a person typed. Ten-digit forms take their century from
    /// <paramref name="today"/>, and a '+' separator means 100 years or older.</summary>
    public static PersonnummerResult Parse(string? input, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return PersonnummerResult.Fail(PersonnummerError.Empty);
        }

        var text = input.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        var separator = text.Length >= 5 ? text[^5] : '\0';
        var hasSeparator = separator is '-' or '+';
        var digits = hasSeparator ? text.Remove(text.Length - 5, 1) : text;

        if (!digits.All(char.IsAsciiDigit))
        {
            return PersonnummerResult.Fail(PersonnummerError.InvalidCharacters);
        }

        if (digits.Length is not (10 or 12))
        {
            return PersonnummerResult.Fail(PersonnummerError.WrongLength);
        }

        var centuryDigits = digits.Length == 12 ? digits[..2] : null;
        var shortForm = digits.Length == 12 ? digits[2..] : digits;
        var month = Number(shortForm, 2);
        var rawDay = Number(shortForm, 4);
        var isCoordination = rawDay > 60;
        var day = isCoordination ? rawDay - 60 : rawDay;

        int year;
        if (centuryDigits is not null)
        {
            year = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        }
        else
        {
            var yy = Number(shortForm, 0);
            year = (today.Year / 100 * 100) + yy;
            if (year > today.Year || (year == today.Year && !IsOnOrBefore(year, month, day, today)))
            {
                year -= 100;
            }

            if (separator == '+')
            {
                year -= 100;
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || year < 1800)
        {
            return PersonnummerResult.Fail(PersonnummerError.InvalidDate);
        }

        var birthDate = new DateOnly(year, month, day);
        if (birthDate > today)
        {
            return PersonnummerResult.Fail(PersonnummerError.BirthDateInFuture);
        }

        if (!HasValidCheckDigit(shortForm))
        {
            return PersonnummerResult.Fail(PersonnummerError.InvalidChecksum);
        }

        var value = year.ToString("D4", CultureInfo.InvariantCulture) + shortForm[2..];
        return PersonnummerResult.Ok(new Personnummer(value, birthDate, isCoordination));
    }

    /// <summary>Rebuilds a number that was validated before it was stored.</summary>
    public static Personnummer FromStored(string twelveDigits)
    {
        var year = int.Parse(twelveDigits[..4], CultureInfo.InvariantCulture);
        var result = Parse(twelveDigits, new DateOnly(Math.Max(year, 1900), 12, 31).AddYears(200));
        return result.Value ?? throw new FormatException("Stored personnummer is not valid.");
    }

    /// <summary>The modulus-10 check over the ten-digit form, as Skatteverket defines it.</summary>
    public static bool HasValidCheckDigit(string tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var product = (tenDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return sum % 10 == 0;
    }

    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > date ? age - 1 : age;
    }

    public override string ToString() => $"{Value[..8]}-{Value[8..]}";

    private static int Number(string text, int start) =>
        int.Parse(text.AsSpan(start, 2), CultureInfo.InvariantCulture);

    private static bool IsOnOrBefore(int year, int month, int day, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return true;
        }

        return new DateOnly(year, month, day) <= today;
    }
}

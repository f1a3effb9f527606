using System.ComponentModel.DataAnnotations;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Infrastructure.Input;

/// <summary>
/// A date in a SIP lies within a person's lifetime and the plan's horizon. Dates at the edges of
/// the calendar (0001-01-01, 9999-12-31) are typing mistakes, and arithmetic on them (a deadline
/// three days later) would overflow; every date a form binds is kept between these years.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class PlausibleDateAttribute : ValidationAttribute
{
    public const int FirstYear = 1900;
    public const int LastYear = 2199;

    public override bool RequiresValidationContext => true;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        int? year = value switch
        {
            DateOnly date => date.Year,
            DateTime dateTime => dateTime.Year,
            DateTimeOffset instant => instant.Year,
            _ => null,
        };
        return year is null or (>= FirstYear and <= LastYear)
            ? ValidationResult.Success
            : new ValidationResult(
                T($"Datumet ligger utanför åren {FirstYear}–{LastYear} – kontrollera året.", $"The date lies outside the years {FirstYear}–{LastYear} – check the year."),
                validationContext.MemberName is { } member ? [member] : null);
    }
}

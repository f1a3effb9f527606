using System.ComponentModel.DataAnnotations;
using System.Globalization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Infrastructure.Input;

/// <summary>
/// The most characters a text field takes. Every string a form binds gets one (see
/// <see cref="InputLimitsMetadataProvider"/>): <see cref="Text"/> unless the property names its
/// own, such as <see cref="Line"/> for names. The form states it (<c>maxlength</c> and, on text
/// areas, a hint) and the server refuses more with a message, so nothing overlong reaches the
/// database (PostgreSQL answers "value too long" for a name column) and nothing is cut silently.
/// A NUL character is refused too: PostgreSQL cannot store it in text.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class FieldLimitAttribute(int maxLength) : ValidationAttribute
{
    /// <summary>One line: names, places, titles (the database's name columns hold 200).</summary>
    public const int Line = 200;

    /// <summary>Free text written in a text area.</summary>
    public const int Text = 4000;

    public int MaxLength { get; } = maxLength;

    public override bool RequiresValidationContext => true;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not string text)
        {
            return ValidationResult.Success;
        }

        var members = validationContext.MemberName is { } member ? new[] { member } : null;
        if (text.Length > MaxLength)
        {
            return new ValidationResult(TooLong(MaxLength, text.Length), members);
        }

        return text.Contains('\0', StringComparison.Ordinal)
            ? new ValidationResult(T("Texten innehåller ett otillåtet tecken (NUL). Ta bort det och försök igen.", "The text contains a character that is not allowed (NUL). Remove it and try again."), members)
            : ValidationResult.Success;
    }

    public static string TooLong(int maxLength, int length) => T(
        $"Högst {Count(maxLength)} tecken – texten har {Count(length)}. Korta den och spara igen.",
        $"At most {Count(maxLength)} characters – the text has {Count(length)}. Shorten it and save again.");

    public static string Hint(int maxLength) => T($"Högst {Count(maxLength)} tecken.", $"At most {Count(maxLength)} characters.");

    private static string Count(int n) => n.ToString("N0", IsEnglish ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("sv-SE"));
}

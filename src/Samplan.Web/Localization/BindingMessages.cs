using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Localization;

/// <summary>Input that cannot be read (a date typed wrong, say) is explained in the user's language.</summary>
public static class BindingMessages
{
    public static void UseSamplanMessages(this DefaultModelBindingMessageProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => T($"Värdet \"{value}\" kunde inte tolkas – kontrollera formatet (datum skrivs ÅÅÅÅ-MM-DD).", $"The value \"{value}\" could not be read – check the format (dates are YYYY-MM-DD)."));
        provider.SetValueMustBeANumberAccessor(_ => T("Ange en siffra.", "Enter a number."));
        provider.SetValueIsInvalidAccessor(value => T($"Värdet \"{value}\" är ogiltigt.", $"The value \"{value}\" is invalid."));
        provider.SetMissingBindRequiredValueAccessor(_ => T("Uppgiften saknas.", "A value is missing."));
        provider.SetMissingKeyOrValueAccessor(() => T("Uppgiften saknas.", "A value is missing."));
        provider.SetValueMustNotBeNullAccessor(_ => T("Uppgiften får inte vara tom.", "The value must not be empty."));
        provider.SetUnknownValueIsInvalidAccessor(_ => T("Värdet är ogiltigt.", "The value is invalid."));
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T($"Värdet \"{value}\" är ogiltigt.", $"The value \"{value}\" is invalid."));
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => T("Värdet är ogiltigt.", "The value is invalid."));
        provider.SetNonPropertyValueMustBeANumberAccessor(() => T("Ange en siffra.", "Enter a number."));
        provider.SetMissingRequestBodyRequiredValueAccessor(() => T("Formuläret var tomt.", "The form was empty."));
    }
}

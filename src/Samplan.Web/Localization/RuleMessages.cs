using System.Collections;
using System.Globalization;
using Samplan.Domain.Common;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Localization;

/// <summary>The message a person reads for each rule the domain can refuse on. The texts are in
/// Localization/Resources/RuleMessages.resx (Swedish) and RuleMessages.{culture}.resx; a new
/// rule code needs an entry in each (RuleMessageCoverageTests).</summary>
public static class RuleMessages
{
    public static string For(RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        if (ResourceTexts.RuleMessages.GetString(violation.Code, CultureInfo.CurrentUICulture) is { } text)
        {
            return violation.Code == "plan.goal-not-du-form" ? DuFormExample(text, violation.Suggestion) : text;
        }

        if (violation.Code.StartsWith("transition.not-allowed-in-", StringComparison.Ordinal))
        {
            return T("Steget går inte att göra i SIP:ens nuvarande fas.", "That step is not possible in the SIP's current phase.");
        }

        return T("Uppgiften kunde inte sparas: ", "Could not be saved: ") + violation.Code;
    }

    /// <summary>The example is the goal itself rewritten when the domain could rewrite it.</summary>
    private static string DuFormExample(string text, string? suggestion) =>
        string.Format(CultureInfo.InvariantCulture, text, suggestion ?? T("Du ska …", "Du ska … (You will …)"));

    public static string For(string code) => For(new RuleViolation(string.Empty, code));

    /// <summary>Every code with a message: the keys of the Swedish (neutral) resources.</summary>
    public static IEnumerable<string> KnownCodes =>
        ResourceTexts.RuleMessages.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<DictionaryEntry>()
            .Select(entry => (string)entry.Key);
}

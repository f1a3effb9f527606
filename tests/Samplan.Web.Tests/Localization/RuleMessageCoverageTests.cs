using System.Text.RegularExpressions;
using Samplan.Web.Localization;

namespace Samplan.Web.Tests.Localization;

/// <summary>
/// Every rule code the domain can refuse with has its own message in every supported culture, so
/// no person ever reads the fallback "Uppgiften kunde inte sparas: plan.something" or a Swedish
/// text on an English page. The codes are read from the domain's source and the texts from the
/// resx files (RuleMessages.resx, RuleMessages.en.resx), so a new rule without a text, or with
/// the Swedish text only, fails here and names the code and the file it is missing from.
/// </summary>
public sealed partial class RuleMessageCoverageTests
{
    private const string BaseName = "RuleMessages";

    [Fact]
    public void Every_rule_code_in_the_domain_has_a_message_in_every_supported_culture()
    {
        var codes = DomainCodes();
        Assert.True(codes.Count > 50, $"only {codes.Count} rule codes found in the domain's source");

        var missing = ResourceFiles.Supported
            .SelectMany(culture => MissingIn(culture, codes))
            .ToList();

        Assert.True(missing.Count == 0, "rule codes without a message:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_message_in_the_swedish_file_has_one_in_every_other_supported_culture()
    {
        var codes = ResourceFiles.Read(BaseName, ResourceFiles.Neutral).Keys.ToList();
        Assert.NotEmpty(codes);

        var missing = ResourceFiles.Supported.SelectMany(culture => MissingIn(culture, codes)).ToList();

        Assert.True(missing.Count == 0, "rule codes without a message:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_app_reads_each_cultures_message_from_its_own_resources()
    {
        // The files are embedded (English as a satellite assembly): what the app shows is what the
        // file says, in each language, and RuleMessages lists every code of the Swedish file.
        var wrong = new List<string>();
        foreach (var culture in ResourceFiles.Supported)
        {
            foreach (var (code, text) in ResourceFiles.Read(BaseName, culture).Where(m => m.Key != "plan.goal-not-du-form"))
            {
                var shown = ResourceFiles.In(culture, () => RuleMessages.For(code));
                if (shown != text)
                {
                    wrong.Add($"{culture.Name}: {code} shows \"{shown}\", the file says \"{text}\"");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(ResourceFiles.Read(BaseName, ResourceFiles.Neutral).Keys.Order(StringComparer.Ordinal), RuleMessages.KnownCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_du_form_message_carries_the_suggested_goal_in_each_language()
    {
        var violation = new Samplan.Domain.Common.RuleViolation("Goal", "plan.goal-not-du-form", Suggestion: "Du ska kunna gå ut.");

        var swedish = ResourceFiles.In(ResourceFiles.Neutral, () => RuleMessages.For(violation));
        var english = ResourceFiles.In(System.Globalization.CultureInfo.GetCultureInfo("en"), () => RuleMessages.For(violation));

        Assert.Contains("\"Du ska kunna gå ut.\"", swedish, StringComparison.Ordinal);
        Assert.StartsWith("Skriv målet i du-form", swedish, StringComparison.Ordinal);
        Assert.Contains("\"Du ska kunna gå ut.\"", english, StringComparison.Ordinal);
        Assert.StartsWith("Write the goal", english, StringComparison.Ordinal);
    }

    private static IEnumerable<string> MissingIn(System.Globalization.CultureInfo culture, IEnumerable<string> codes)
    {
        var file = ResourceFiles.FileFor(BaseName, culture);
        var messages = ResourceFiles.Read(BaseName, culture);
        return codes
            .Where(code => !messages.TryGetValue(code, out var text) || string.IsNullOrWhiteSpace(text))
            .Select(code => $"rule code '{code}' has no message for culture {culture.Name} (add it to {ResourceTexts.Folder}/{file})");
    }

    private static List<string> DomainCodes()
    {
        var domain = Path.Combine(ResourceFiles.RepoRoot(), "src", "Samplan.Domain");
        return [.. Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => CodeLiteral().Matches(File.ReadAllText(file)).Select(m => m.Groups["code"].Value))
            .Where(code => !code.StartsWith("transition.not-allowed-in-", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    // A quoted "area.rule-name" literal, the shape of every rule code (consent.expired, plan.goal-not-du-form).
    [GeneratedRegex(@"""(?<code>[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLiteral();
}

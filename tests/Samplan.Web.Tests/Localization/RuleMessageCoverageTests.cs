using System.Globalization;
using System.Text.RegularExpressions;
using Samplan.Web.Localization;

namespace Samplan.Web.Tests.Localization;

/// <summary>
/// Every rule code the domain can refuse with has its own message in every supported culture, so
/// no person ever reads the fallback "Uppgiften kunde inte sparas: plan.something". The codes are
/// read from the domain's source, so a new rule without a text fails here.
/// </summary>
public sealed partial class RuleMessageCoverageTests
{
    [Fact]
    public void Every_rule_code_in_the_domain_has_a_message_in_swedish_and_english()
    {
        var domain = Path.Combine(RepoRoot(), "src", "Samplan.Domain");
        var codes = Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => CodeLiteral().Matches(File.ReadAllText(file)).Select(m => m.Groups["code"].Value))
            .Where(code => !code.StartsWith("transition.not-allowed-in-", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(codes.Count > 50, $"only {codes.Count} rule codes found under {domain}");

        var missing = new List<string>();
        foreach (var culture in CultureSetup.Supported)
        {
            var before = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                missing.AddRange(codes.Where(code => RuleMessages.For(code).Contains(code, StringComparison.Ordinal)).Select(code => $"{culture}: {code}"));
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }

        Assert.True(missing.Count == 0, "rule codes without a message: " + string.Join(", ", missing));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Samplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Samplan.slnx not found above " + AppContext.BaseDirectory);
    }

    // A quoted "area.rule-name" literal, the shape of every rule code (consent.expired, plan.goal-not-du-form).
    [GeneratedRegex(@"""(?<code>[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLiteral();
}

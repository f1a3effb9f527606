using System.Text.RegularExpressions;
using Samplan.Web.Localization;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>
/// The detail of an audit event is stored as it was hashed: short, English, machine-shaped
/// ("search; person=yes; rows=12"), and it can never be rewritten. A Swedish auditor reads it in
/// Swedish: known phrases, field names and values are translated, refused rule codes become their
/// messages, and anything unknown is shown as stored rather than guessed at.
/// </summary>
public static partial class AuditDetailText
{
    // Longest first, so "assignment added" wins over a shorter phrase inside it.
    private static readonly (string En, string Sv)[] Phrases =
    [
        ("federated sign-in without a matching account", "federerad inloggning utan matchande konto"),
        ("saved by someone else first", "någon annan sparade först"),
        ("not in organisation", "finns inte i organisationen"),
        ("assignment removed", "uppdrag borttaget"),
        ("assignment added", "uppdrag tillagt"),
        ("account unlocked", "kontot upplåst"),
        ("staff created", "konto skapat"),
        ("no assignment", "inget uppdrag"),
        ("review-opened", "granskning öppnad"),
        ("random-sample", "stickprov"),
        ("suspicion", "misstanke"),
        ("extract", "loggutdrag"),
        ("search", "sökning"),
        ("verify", "kontroll av loggkedjan"),
    ];

    // One pattern for all phrases, built once: an audit page describes a hundred rows.
    private static readonly Regex PhrasePattern = new(
        $@"(?<![\w-])(?:{string.Join("|", Phrases.Select(p => Regex.Escape(p.En)))})(?![\w-]|=)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100));

    private static readonly Dictionary<string, string> PhraseSv = Phrases.ToDictionary(p => p.En, p => p.Sv, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["show"] = "visa", ["phase"] = "fas", ["search"] = "sökning", ["rows"] = "rader", ["page"] = "sida",
        ["from"] = "från", ["to"] = "till", ["size"] = "antal", ["candidates"] = "möjliga", ["drawn"] = "dragna",
        ["person"] = "person", ["user"] = "användare", ["unit"] = "enhet", ["code"] = "händelse", ["outcome"] = "utfall",
        ["review"] = "granskning", ["kind"] = "typ", ["events"] = "händelser", ["matching"] = "träffar", ["shown"] = "visade",
        ["checked"] = "kontrollerade", ["problems"] = "avvikelser", ["created"] = "skapade", ["updated"] = "uppdaterade",
        ["unchanged"] = "oförändrade", ["refused"] = "avvisade", ["unreadable"] = "oläslig", ["total"] = "totalt",
    };

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["yes"] = "ja", ["no"] = "nej", ["any"] = "alla", ["Open"] = "öppna", ["All"] = "alla", ["Closed"] = "avslutade",
    };

    public static string? Describe(string? detail)
    {
        if (string.IsNullOrEmpty(detail) || IsEnglish)
        {
            return detail;
        }

        if (RuleCodes().IsMatch(detail))
        {
            return string.Join(" ", detail.Split(',').Select(RuleMessages.For));
        }

        var text = PhrasePattern.Replace(detail, m => PhraseSv[m.Value]);
        return KeyValue().Replace(text, m =>
        {
            var key = Keys.TryGetValue(m.Groups["key"].Value, out var k) ? k : m.Groups["key"].Value;
            var value = Values.TryGetValue(m.Groups["value"].Value, out var v) ? v : m.Groups["value"].Value;
            return $"{key}={value}";
        });
    }

    [GeneratedRegex(@"^[a-z-]+\.[a-z0-9.-]+(,[a-z-]+\.[a-z0-9.-]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex RuleCodes();

    [GeneratedRegex(@"(?<![\w-])(?<key>[a-z]+)=(?<value>[^;\s]*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex KeyValue();
}

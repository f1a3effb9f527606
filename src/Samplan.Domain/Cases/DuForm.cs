using System.Globalization;
using System.Text.RegularExpressions;

namespace Samplan.Domain.Cases;

/// <summary>
/// Whether a goal is written to the individual, in du-form (R-PLAN-4). A goal must speak to
/// them (du, dig, din …); a goal that speaks of them – by name, as "hon" or "patienten" – is
/// written for the professionals instead, and so is a goal with no person at all ("Ökad
/// skolnärvaro."). A list of forbidden words alone would let every other way of writing about
/// the person through.
/// </summary>
internal static partial class DuForm
{
    /// <summary>Null when the goal is in du-form; otherwise what to tell the writer, with the
    /// goal rewritten when its subject can simply be replaced by "Du".</summary>
    public static Verdict Check(string goal, string? givenName)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var names = NameParts(givenName);
        var namesThePerson = names.Any(name => Regex.IsMatch(goal, $@"(?<!\w){Regex.Escape(name)}s?(?!\w)", RegexOptions.CultureInvariant));
        var speaksOfThem = ThirdPersonSubject().IsMatch(goal) || ThirdPersonAnywhere().IsMatch(goal) || namesThePerson;
        var speaksToThem = SecondPerson().IsMatch(goal);
        return !speaksOfThem && speaksToThem ? Verdict.Accepted : new Verdict(false, Rewrite(goal, names));
    }

    /// <summary>"Alva ska …", "Hon ska …", "Patienten ska …" become "Du ska …"; anything else is
    /// left to the writer, since a guessed rewrite could change what the goal says.</summary>
    private static string? Rewrite(string goal, IReadOnlyList<string> names)
    {
        var subject = LeadingSubject().Match(goal);
        if (!subject.Success && names.Count > 0)
        {
            subject = Regex.Match(goal, $@"^\W*(?<subject>{string.Join('|', names.Select(Regex.Escape))})(?!\w)", RegexOptions.CultureInvariant);
        }

        if (!subject.Success)
        {
            return null;
        }

        var group = subject.Groups["subject"];
        var rest = goal[(group.Index + group.Length)..];
        var rewritten = goal[..group.Index] + "Du" + rest;
        return SecondPerson().IsMatch(rewritten) && !ThirdPersonAnywhere().IsMatch(rewritten) ? rewritten.Trim() : null;
    }

    /// <summary>Each part of the given name as registered and capitalised, so "Bo" is found but
    /// "Du ska kunna bo kvar" is not. Only parts made of letters (Anna-Karin, D'Arcy) are names
    /// that can be looked for in a sentence.</summary>
    private static List<string> NameParts(string? givenName) =>
        (givenName ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(part => part.Length > 1 && NamePart().IsMatch(part))
            .SelectMany(part => new[] { part, CultureInfo.GetCultureInfo("sv-SE").TextInfo.ToTitleCase(part.ToLower(CultureInfo.GetCultureInfo("sv-SE"))) })
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public readonly record struct Verdict(bool InDuForm, string? Suggestion)
    {
        public static Verdict Accepted => new(true, null);
    }

    [GeneratedRegex(@"^\p{L}[\p{L}'-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePart();

    [GeneratedRegex(@"\b(du|dig|din|ditt|dina|ni|er|ert|era|you|your|yours|yourself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondPerson();

    /// <summary>Pronouns and "barnet"/"personen" only as the goal's subject; later in the sentence
    /// they may well be about someone else ("när hon kommer hem", "Du hämtar barnet").</summary>
    [GeneratedRegex(@"^\W*(hen|hens|han|hans|hon|hennes|barnet|barnets|personen|personens|he|she|his|her|they|their)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonSubject();

    /// <summary>The words professionals use for the individual are about them wherever they stand.</summary>
    [GeneratedRegex(@"\b(patienten|patientens|brukaren|brukarens|klienten|klientens|eleven|elevens|den enskilde|den enskildes|den enskilda|den enskildas|individen|individens|the patient|the client|the pupil|the individual)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonAnywhere();

    [GeneratedRegex(@"^\W*(?<subject>hen|han|hon|barnet|personen|patienten|brukaren|klienten|eleven|den enskilde|den enskilda|individen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSubject();
}

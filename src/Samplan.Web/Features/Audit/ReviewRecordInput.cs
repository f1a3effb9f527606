using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>The documented result of a review, and what was looked at (posted back as hidden
/// fields so the saved review lists exactly the events the auditor saw).</summary>
public sealed class ReviewRecordInput
{
    public const string Prefix = "Record";

    public const int MaxEvents = 500;

    public const int MaxFindings = 4000;

    public AuditReviewOutcome? Outcome { get; set; }

    public string? Findings { get; set; }

    public List<long> Sequences { get; set; } = [];

    /// <summary>How many events matched when the events were shown.</summary>
    public int Matching { get; set; }

    /// <summary>What was reviewed, fixed when the events were shown, without personal data.</summary>
    public string? Scope { get; set; }

    /// <summary>For a random sample: the server's draw, sealed (see <see cref="SampleDrawSeal"/>).</summary>
    public string? Draw { get; set; }

    /// <summary>Set once events have been shown; a review cannot be saved before that.</summary>
    public bool Shown { get; set; }

    public string SequenceList => string.Join(",", Sequences.Select(s => s.ToString(CultureInfo.InvariantCulture)));

    public void Validate(ModelStateDictionary modelState, string notShownMessage)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (!Shown || string.IsNullOrWhiteSpace(Scope))
        {
            modelState.AddModelError(string.Empty, notShownMessage);
        }

        if (Sequences.Count > MaxEvents || Sequences.Distinct().Count() != Sequences.Count)
        {
            modelState.AddModelError(string.Empty, T("Händelselistan är ogiltig. Visa händelserna igen.", "The list of events is invalid. Show the events again."));
        }

        if (Outcome is null)
        {
            modelState.AddModelError($"{Prefix}.{nameof(Outcome)}", T("Välj granskningens utfall.", "Choose the outcome of the review."));
        }
        else if (AuditReviewOutcomeText.NeedsFindings(Outcome.Value) && string.IsNullOrWhiteSpace(Findings))
        {
            modelState.AddModelError($"{Prefix}.{nameof(Findings)}", T($"Beskriv iakttagelserna – det krävs när utfallet är \"{AuditReviewOutcomeText.Of(Outcome.Value)}\".", $"Describe the findings – required when the outcome is \"{AuditReviewOutcomeText.Of(Outcome.Value)}\"."));
        }

        if (Findings is { Length: > MaxFindings })
        {
            modelState.AddModelError($"{Prefix}.{nameof(Findings)}", T($"Iakttagelserna får vara högst {MaxFindings} tecken.", $"The findings may be at most {MaxFindings} characters."));
        }
    }

    public static IReadOnlyList<long> ParseSequences(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1)
            .Where(s => s > 0)
            .ToList();
}

namespace Samplan.Domain.Cases;

/// <summary>Structured mapping: situation, bakgrund, aktuellt tillstånd, rekommendation (R-PREP-5).</summary>
public sealed record Sbar(string? Situation, string? Background, string? Assessment, string? Recommendation);

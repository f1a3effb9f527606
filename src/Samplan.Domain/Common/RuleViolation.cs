namespace Samplan.Domain.Common;

/// <summary>One broken rule: the requirement id from DOMAIN.md, a stable code the UI translates,
/// and the field it concerns so the message can stand next to it. A suggestion, when the domain
/// can make one, shows how the value could be written instead (a goal rewritten in du-form).</summary>
public sealed record RuleViolation(string Rule, string Code, string? Field = null, string? Suggestion = null);

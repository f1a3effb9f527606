namespace Samplan.Domain.Common;

/// <summary>Thrown when a transition or change breaks one or more rules; nothing was changed.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(IReadOnlyList<RuleViolation> violations)
        : base(string.Join("; ", violations.Select(v => $"{v.Rule} {v.Code}")))
    {
        Violations = violations;
    }

    public DomainRuleException(string rule, string code, string? field = null)
        : this([new RuleViolation(rule, code, field)])
    {
    }

    public IReadOnlyList<RuleViolation> Violations { get; }

    public bool Has(string code) => Violations.Any(v => v.Code == code);
}

namespace Samplan.Domain.Common;

/// <summary>Collects violations so that every problem is reported at once, not one per try.</summary>
internal sealed class Rules
{
    private readonly List<RuleViolation> _violations = [];

    public Rules Require(bool condition, string rule, string code, string? field = null, string? suggestion = null)
    {
        if (!condition)
        {
            _violations.Add(new RuleViolation(rule, code, field, suggestion));
        }

        return this;
    }

    public Rules RequireText(string? value, string rule, string code, string field) =>
        Require(!string.IsNullOrWhiteSpace(value), rule, code, field);

    public void Add(IEnumerable<RuleViolation> violations) => _violations.AddRange(violations);

    public void ThrowIfAny()
    {
        if (_violations.Count > 0)
        {
            throw new DomainRuleException(_violations.ToList());
        }
    }
}

namespace Samplan.Domain.Cases;

/// <summary>Needs are stated by psychological, physical and social domain (R-PLAN-3).</summary>
public enum NeedDomain
{
    Psychological,
    Physical,
    Social,
}

namespace Samplan.Domain.Cases;

public enum PlanStatus
{
    Draft,
    Agreed,
    Superseded,
}

namespace Samplan.Domain.Cases;

public enum GoalFulfilment
{
    Met,
    PartlyMet,
    NotMet,
}

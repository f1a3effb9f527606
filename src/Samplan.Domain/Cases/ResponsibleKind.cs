namespace Samplan.Domain.Cases;

/// <summary>Who carries out an activity (R-PLAN-5): the individual and närstående can, too.</summary>
public enum ResponsibleKind
{
    RegionUnit,
    KommunUnit,
    OtherActor,
    Individual,
    Relative,
}

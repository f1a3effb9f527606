namespace Samplan.Domain.Deviations;

/// <summary>What went wrong between the parties (R-DEV-1 gives the examples).</summary>
public enum DeviationKind
{
    /// <summary>An invited actor did not answer the kallelse.</summary>
    NoAnswer,

    /// <summary>An invited actor did not come to the meeting.</summary>
    DidNotAttend,

    /// <summary>Anything else R-DEV-1 names: a SIP not started despite the need, poor treatment at the meeting, a plan not followed.</summary>
    Other,
}

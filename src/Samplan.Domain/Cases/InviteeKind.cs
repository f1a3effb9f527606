namespace Samplan.Domain.Cases;

public enum InviteeKind
{
    /// <summary>A unit in the system; it answers in the system (R-CALL-4).</summary>
    Unit,

    /// <summary>Närstående, invited when the individual wishes (R-CALL-5).</summary>
    Relative,

    /// <summary>God man, förvaltare or another representative (R-CONSENT-4).</summary>
    Representative,

    /// <summary>An actor without access to the system; invited by letter (R-CALL-6).</summary>
    OtherActor,
}

namespace Samplan.Domain.Messages;

/// <summary>What a recipient is asked to do with a message (R-INIT-3).</summary>
public enum MessagePurpose
{
    /// <summary>För kvittering: the unit must acknowledge that it has taken the message in.</summary>
    Acknowledge,

    /// <summary>För kännedom: for information only.</summary>
    Information,
}

namespace Samplan.Domain.Notices;

public enum NoticeState
{
    /// <summary>Waiting to be sent, or to be tried again after a failure.</summary>
    Pending,

    /// <summary>The mail server took it.</summary>
    Sent,

    /// <summary>No mail server is configured: the notice was written to the application log.</summary>
    Logged,

    /// <summary>Neither the unit nor any of its professionals has an address for this kind.</summary>
    NoAddress,

    /// <summary>Tried <see cref="Notice.MaxAttempts"/> times and refused every time (an address
    /// that bounces, a server that never answers).</summary>
    Failed,

    /// <summary>Not to be sent: protected identity, the person died, or what it was about is over.</summary>
    Cancelled,
}

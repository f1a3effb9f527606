namespace Samplan.Domain.Cases;

/// <summary>How the individual will take part in the meeting (R-PREP-3).</summary>
public enum ParticipationMode
{
    WholeMeeting,
    PartOfMeeting,
    PhoneOrVideo,
    NotAtAll,
}

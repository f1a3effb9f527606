namespace Samplan.Domain.Cases;

public enum MeetingForm
{
    InPerson,
    Video,
    Phone,
}

namespace Samplan.Domain.Cases;

public enum InvitationAnswer
{
    NotAnswered,
    Acknowledged,
    Accepted,
    Declined,
}

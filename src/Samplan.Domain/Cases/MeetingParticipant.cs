namespace Samplan.Domain.Cases;

/// <summary>Who was at the meeting and who was not (R-MEET-1).</summary>
public sealed record MeetingParticipant(Guid Id, string Name, string Role, Guid? UnitId, bool Present);

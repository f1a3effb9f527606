using Samplan.Domain.Cases;

namespace Samplan.Domain.Distribution;

/// <summary>Someone who is to get the agreed plan (R-DOC-2): the individual, and everyone who took
/// part in the meeting, units by their id and people by their name.</summary>
public sealed record PlanRecipient(string Key, string Name, Guid? UnitId, bool IsIndividual)
{
    public const string IndividualKey = "individual";

    /// <summary>The individual first, then the meeting's participants who were there, each once.
    /// Someone present for a unit stands for the unit: the unit gets the copy.</summary>
    public static IReadOnlyList<PlanRecipient> For(Meeting? meeting, string individualName, Func<Guid, string> unitName)
    {
        ArgumentNullException.ThrowIfNull(individualName);
        ArgumentNullException.ThrowIfNull(unitName);
        var recipients = new List<PlanRecipient> { new(IndividualKey, individualName, null, true) };
        foreach (var p in meeting?.Participants.Where(p => p.Present) ?? [])
        {
            var recipient = p.UnitId is { } unit
                ? new PlanRecipient($"unit:{unit:N}", unitName(unit), unit, false)
                : new PlanRecipient($"name:{p.Name.Trim().ToUpperInvariant()}", p.Name.Trim(), null, false);
            var isTheIndividual = p.UnitId is null && string.Equals(p.Name.Trim(), individualName.Trim(), StringComparison.OrdinalIgnoreCase);
            if (!isTheIndividual && recipients.All(r => r.Key != recipient.Key))
            {
                recipients.Add(recipient);
            }
        }

        return recipients;
    }
}

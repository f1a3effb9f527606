namespace Samplan.Web.Features.Consent;

/// <summary>What the consent partial needs. On paper the plan goes to every participant
/// (R-DOC-2), so it leaves out what the individual does not want shared and the recording details.</summary>
public sealed record ConsentView(Domain.Cases.Consent Consent, string IndividualName, bool ForPrint = false);

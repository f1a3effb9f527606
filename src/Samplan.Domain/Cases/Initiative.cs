namespace Samplan.Domain.Cases;

/// <summary>Why and when the need for coordination was noticed (R-INIT-2), and, at discharge from
/// inpatient care, when the patient was reported ready (utskrivningsklar, R-INIT-5).</summary>
public sealed record Initiative(
    string Reason,
    DateOnly NeedIdentifiedOn,
    DateOnly? DischargeReadyOn,
    string? NoticedBy)
{
    /// <summary>Days to first contact (R-INIT-4: "within a few days"), as the region had set it when
    /// the SIP began: a later change of the setting does not move a case's deadline.</summary>
    public int FirstContactDays { get; init; } = Deadlines.DefaultFirstContactDays;
}

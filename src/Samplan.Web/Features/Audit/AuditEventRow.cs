namespace Samplan.Web.Features.Audit;

/// <summary>One audit event as an auditor reads it: names resolved, time in Swedish local time.</summary>
public sealed record AuditEventRow(
    long Sequence,
    DateTimeOffset At,
    int Code,
    string? UserName,
    string UnitName,
    string? UnitHsaId,
    Guid? CaseId,
    AuditPerson? Person,
    string Outcome,
    string? ClientAddress,
    string? Detail)
{
    public string Time => StockholmTime.Format(At);

    public string CodeLabel => AuditTexts.CodeLabel(Code);

    public string CodeName => AuditTexts.CodeName(Code);

    public string OutcomeName => AuditTexts.OutcomeName(Outcome);
}

/// <summary>The person an event concerns. With protected identity (R-PROT-1) name and number stay
/// masked in lists unless the auditor asked for exactly that person.</summary>
public sealed record AuditPerson(string Name, string Number, bool IsMasked)
{
    public static AuditPerson Masked { get; } = new(Localization.L.T("Skyddade personuppgifter", "Protected identity"), "********-****", true);
}

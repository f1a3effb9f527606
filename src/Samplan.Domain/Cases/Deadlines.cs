namespace Samplan.Domain.Cases;

/// <summary>The time limits the process sets. Each is a deadline the case list shows.</summary>
public static class Deadlines
{
    /// <summary>R-INIT-4: first contact between the huvudmän within a few days of the need.</summary>
    public const int FirstContactDays = 3;

    /// <summary>R-INIT-5: invitation no later than three days after the patient is utskrivningsklar.</summary>
    public const int DischargeInvitationDays = 3;

    /// <summary>Our choice: a drafted plan should be agreed within a week of the meeting.</summary>
    public const int PlanAgreementDays = 7;

    public static DateOnly FirstStepDue(Initiative initiative) =>
        initiative.DischargeReadyOn is { } ready
            ? ready.AddDays(DischargeInvitationDays)
            : initiative.NeedIdentifiedOn.AddDays(FirstContactDays);
}

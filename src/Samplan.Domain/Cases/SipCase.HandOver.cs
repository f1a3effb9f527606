using Samplan.Domain.Common;

namespace Samplan.Domain.Cases;

public sealed partial class SipCase
{
    /// <summary>Hands the case with its responsibility to another unit (R-CASE-2), typically the
    /// fast vårdkontakt's vårdcentral that is to send the invitation after discharge (R-INIT-5):
    /// that unit answers for the case from now on, sees it, and has its deadline in its list; the
    /// unit that handed it over keeps taking part. Refused with the reasons: by a unit that does not
    /// answer for the case, to itself, once a plan has named a coordinator (that is a change of
    /// coordinator, R-COORD-2), or before consent covers sharing unless it is a discharge from
    /// inpatient care, whose information the law lets go to the outpatient units (R-DISCH-1).</summary>
    public void HandOver(Guid toUnitId, StaffRef by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        new Rules()
            .Require(IsOpen, "R-CASE-2", "handover.case-not-open")
            .Require(by.UnitId == ResponsibleUnitId, "R-CASE-2", "handover.responsible-only")
            .Require(toUnitId != ResponsibleUnitId && toUnitId != Guid.Empty, "R-CASE-2", "handover.same-unit", "UnitId")
            .Require(Coordinator is null, "R-COORD-2", "handover.after-plan")
            .Require(IsSharedOn(Today(now)) || Initiative.DischargeReadyOn is not null, "R-CONSENT-1", "handover.needs-consent")
            .ThrowIfAny();

        if (!Involves(toUnitId))
        {
            AddUnit(toUnitId, CaseUnitRole.Participant);
        }

        ResponsibleUnitId = toUnitId;
        Record(CaseEventKind.HandedOver, by, now, toUnitId.ToString());
    }
}

using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Directory;

/// <summary>Only units that give care, support or service take part in a SIP; staff offices
/// (IT security, administration) are not invited (R-CALL-5). The unit import may say which kind.</summary>
public class UnitKindTests
{
    [Fact]
    public void R_CALL_5_A_staff_office_cannot_be_invited_to_a_SIP()
    {
        var c = CaseBuilder.Initiated().Consented().Prepared().Case;
        var staffOffice = TestData.UnitInvitee(TestData.OtherUnitId) with { UnitKind = UnitKind.StaffOffice };

        var ex = Refusal.Exactly(c, () => c.SendInvitation(TestData.Invitation(invitees: [TestData.UnitInvitee(TestData.KommunUnitId), staffOffice]), TestData.RegionNurse, TestData.Now),
            "invitation.staff-office");

        Assert.Equal("R-CALL-5", ex.Violations[0].Rule);
    }

    [Theory]
    [InlineData(UnitKind.HealthCare)]
    [InlineData(UnitKind.SocialServices)]
    [InlineData(UnitKind.School)]
    [InlineData(UnitKind.OtherActor)]
    public void R_CALL_5_Units_giving_care_support_or_service_can_be_invited(UnitKind kind)
    {
        var c = CaseBuilder.Initiated().Consented().Prepared().Case;
        var invitee = TestData.UnitInvitee(TestData.OtherUnitId) with { UnitKind = kind };

        c.SendInvitation(TestData.Invitation(invitees: [invitee]), TestData.RegionNurse, TestData.Now);

        Assert.Equal(CasePhase.Invited, c.Phase);
    }

    [Fact]
    public void Units_default_to_health_care() =>
        Assert.Equal(UnitKind.HealthCare, Unit.Create(Guid.NewGuid(), Guid.NewGuid(), "Vårdcentralen", "SE2321000016-A1").Kind);

    [Fact]
    public void Unit_import_reads_an_optional_kind_column_in_CSV_and_JSON()
    {
        var csv = UnitImportParser.Parse("hsaId;name;kind\nSE2321000016-A1;IT-säkerhet;stab\nSE2321000016-A2;Vårdcentralen;\n", UnitImportFormat.Csv);
        var json = UnitImportParser.Parse("[{\"hsaId\": \"SE2321000016-A3\", \"name\": \"Kansliet\", \"kind\": \"StaffOffice\"}]", UnitImportFormat.Json);

        Assert.Equal(["stab", ""], csv.Rows.Select(r => r.Kind));
        Assert.Empty(csv.IgnoredColumns);
        Assert.Equal("StaffOffice", Assert.Single(json.Rows).Kind);
        Assert.Empty(json.IgnoredColumns);
    }

    [Fact]
    public void Unit_import_gives_the_kind_to_new_and_known_units_and_refuses_an_unknown_kind()
    {
        var known = Guid.NewGuid();
        var own = Guid.NewGuid();
        var existing = new Dictionary<string, ExistingUnit> { ["SE2321000016-K1"] = new(known, own, "Kansliet", UnitKind.HealthCare) };

        var report = UnitImportValidator.Validate(
            [
                new UnitImportRow(2, "SE2321000016-N1", "IT-säkerhet", null, Kind: "StaffOffice"),
                new UnitImportRow(3, "SE2321000016-K1", "Kansliet", null, Kind: "stab"),
                new UnitImportRow(4, "SE2321000016-N2", "Elevhälsan", null, Kind: "Skola"),
                new UnitImportRow(5, "SE2321000016-N3", "Något", null, Kind: "rymdstyrelsen"),
                new UnitImportRow(6, "SE2321000016-N4", "Vårdcentralen", null),
            ],
            own, "2321000016", existing);

        Assert.Collection(report.Rows,
            r => Assert.Equal((UnitImportOutcome.Created, (UnitKind?)UnitKind.StaffOffice), (r.Outcome, r.Kind)),
            r => Assert.Equal((UnitImportOutcome.Updated, (UnitKind?)UnitKind.StaffOffice), (r.Outcome, r.Kind)),
            r => Assert.Equal((UnitImportOutcome.Created, (UnitKind?)UnitKind.School), (r.Outcome, r.Kind)),
            r => Assert.Equal([UnitImportRefusal.UnknownKind], r.Refusals),
            r => Assert.Equal((UnitImportOutcome.Created, (UnitKind?)null), (r.Outcome, r.Kind)));
    }
}

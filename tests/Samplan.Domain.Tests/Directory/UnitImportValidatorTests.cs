using Samplan.Domain.Directory;

namespace Samplan.Domain.Tests.Directory;

public class UnitImportValidatorTests
{
    private const string OwnNumber = "2321000016";
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private static UnitImportReport Validate(IReadOnlyDictionary<string, ExistingUnit>? existing, params UnitImportRow[] rows) =>
        UnitImportValidator.Validate(rows, Own, OwnNumber, existing ?? new Dictionary<string, ExistingUnit>());

    private static UnitImportRow Row(int line, string? hsaId, string? name, string? number = null) => new(line, hsaId, name, number);

    [Fact]
    public void A_new_hsa_id_of_the_organisation_creates_a_unit()
    {
        var row = Assert.Single(Validate(null, Row(2, " SE2321000016-A1 ", " Vårdcentralen ")).Rows);

        Assert.Equal((UnitImportOutcome.Created, "SE2321000016-A1", "Vårdcentralen"), (row.Outcome, row.HsaId, row.Name));
        Assert.Empty(row.Refusals);
    }

    [Fact]
    public void A_known_hsa_id_of_the_organisation_renames_its_unit_or_leaves_it_unchanged()
    {
        var unitId = Guid.NewGuid();
        var existing = new Dictionary<string, ExistingUnit> { ["SE2321000016-A1"] = new(unitId, Own, "Gammalt namn") };

        var renamed = Validate(existing, Row(2, "SE2321000016-A1", "Nytt namn")).Rows[0];
        var same = Validate(existing, Row(2, "SE2321000016-A1", "Gammalt namn")).Rows[0];

        Assert.Equal((UnitImportOutcome.Updated, (Guid?)unitId), (renamed.Outcome, renamed.ExistingUnitId));
        Assert.Equal(UnitImportOutcome.Unchanged, same.Outcome);
    }

    [Fact]
    public void An_hsa_id_that_belongs_to_another_organisation_is_never_taken_over()
    {
        var existing = new Dictionary<string, ExistingUnit> { ["SE2321000016-A1"] = new(Guid.NewGuid(), Other, "Deras enhet") };

        var row = Validate(existing, Row(2, "SE2321000016-A1", "Vår enhet")).Rows[0];

        Assert.Equal(UnitImportOutcome.Refused, row.Outcome);
        Assert.Equal([UnitImportRefusal.BelongsToOtherOrganisation], row.Refusals);
    }

    [Fact]
    public void An_hsa_id_issued_under_another_organisationsnummer_is_refused() =>
        Assert.Equal([UnitImportRefusal.HsaIdOfOtherOrganisationNumber], Validate(null, Row(2, "SE2120003140-H1", "Hemtjänst")).Rows[0].Refusals);

    [Fact]
    public void An_organisationNumber_column_must_be_the_organisations_own()
    {
        var report = Validate(null, Row(2, "SE2321000016-A1", "VC", "2120003140"), Row(3, "SE2321000016-A2", "VC 2", OwnNumber), Row(4, "SE2321000016-A3", "VC 3", " "));

        Assert.Equal([UnitImportRefusal.OrganisationNumberMismatch], report.Rows[0].Refusals);
        Assert.Equal([UnitImportOutcome.Refused, UnitImportOutcome.Created, UnitImportOutcome.Created], report.Rows.Select(r => r.Outcome));
    }

    [Fact]
    public void Every_reason_a_row_is_refused_is_given()
    {
        var row = Validate(null, Row(5, "SE2321000016-a1", "  ", "2120003140")).Rows[0];

        Assert.Equal([UnitImportRefusal.HsaIdWrongFormat, UnitImportRefusal.OrganisationNumberMismatch, UnitImportRefusal.NameMissing], row.Refusals);
    }

    [Theory]
    [InlineData(null, UnitImportRefusal.HsaIdMissing)]
    [InlineData("SE2321000016-ABC 1", UnitImportRefusal.HsaIdWrongFormat)]
    public void A_missing_or_malformed_hsa_id_is_refused(string? hsaId, UnitImportRefusal expected) =>
        Assert.Equal([expected], Validate(null, Row(2, hsaId, "VC")).Rows[0].Refusals);

    [Fact]
    public void A_name_longer_than_200_characters_is_refused()
    {
        var report = Validate(null, Row(2, "SE2321000016-A1", new string('x', 200)), Row(3, "SE2321000016-A2", new string('x', 201)));

        Assert.Equal([UnitImportOutcome.Created, UnitImportOutcome.Refused], report.Rows.Select(r => r.Outcome));
        Assert.Equal([UnitImportRefusal.NameTooLong], report.Rows[1].Refusals);
    }

    [Fact]
    public void Every_row_of_a_duplicated_hsa_id_is_refused_and_points_to_the_others()
    {
        var report = Validate(null, Row(2, "SE2321000016-A1", "Ett"), Row(3, "SE2321000016-A2", "Annan"), Row(7, "SE2321000016-A1 ", "Två"));

        Assert.Equal([UnitImportOutcome.Refused, UnitImportOutcome.Created, UnitImportOutcome.Refused], report.Rows.Select(r => r.Outcome));
        Assert.Equal([7], report.Rows[0].OtherLines!);
        Assert.Equal([2], report.Rows[2].OtherLines!);
        Assert.Equal([UnitImportRefusal.DuplicateInFile], report.Rows[2].Refusals);
    }

    [Fact]
    public void A_row_that_could_not_be_read_is_refused_for_that_reason() =>
        Assert.Equal([UnitImportRefusal.WrongColumnCount], Validate(null, UnitImportRow.Unreadable(4, UnitImportRefusal.WrongColumnCount)).Rows[0].Refusals);

    [Fact]
    public void The_report_counts_accepted_and_refused_rows()
    {
        var existing = new Dictionary<string, ExistingUnit>
        {
            ["SE2321000016-U1"] = new(Guid.NewGuid(), Own, "Gammalt"),
            ["SE2321000016-U2"] = new(Guid.NewGuid(), Own, "Samma"),
        };

        var report = Validate(existing,
            Row(2, "SE2321000016-N1", "Ny"),
            Row(3, "SE2321000016-U1", "Nytt"),
            Row(4, "SE2321000016-U2", "Samma"),
            Row(5, "bad", "Fel"));

        Assert.Equal((1, 1, 1, 1, 3), (report.Created, report.Updated, report.Unchanged, report.Refused, report.Accepted));
    }
}

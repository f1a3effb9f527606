using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Domain.Directory;
using Samplan.Web.Auditing;
using Samplan.Web.Infrastructure;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Admin;

/// <summary>The unit import page: a CSV or JSON extract is read, good rows are saved, bad ones are
/// reported with line and reason, another organisation's units are never taken over, an
/// unreadable file saves nothing, and every import is logged as 6002 with counts only.
/// (Parsing and validation rules themselves are unit-tested in Samplan.Domain.Tests.)</summary>
[Collection(AdminAppCollection.Name)]
public sealed class UnitImportTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task A_csv_with_good_and_bad_rows_saves_the_good_ones_and_reports_each_refused_line_with_its_reason()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var s = AdminSteps.NewHsaSuffix();
        var csv = $"""
            hsaId;name;organisationNumber
            SE2321000016-{s}A;Testenhet A {s};2321000016
            SE2321000016-{s}B;Testenhet B {s};
            SE2321000016-{s}b;Felaktig enhet {s};
            SE2120003140-DEMO04;Övertagen enhet {s};
            """;
        var start = await factory.HeadAsync();

        var page = await nils.UploadUnitsAsync("enheter.csv", Encoding.UTF8.GetBytes(csv));

        var facts = page.ReportFacts();
        Assert.Equal("2 (2 skapade, 0 uppdaterade, 0 oförändrade)", facts["Godtagna rader"]);
        Assert.Equal("2", facts["Avvisade rader"]);
        var refused = page.Rows("main table:has(caption)").Where(r => r.Count == 4).ToList();
        Assert.Contains(refused, r => r[0] == "4" && r[1] == $"SE2321000016-{s}b" && r[3].StartsWith("HSA-id har fel format", StringComparison.Ordinal));
        Assert.Contains(refused, r => r[0] == "5" && r[1] == "SE2120003140-DEMO04" && r[3].Contains("En enhet med detta HSA-id tillhör en annan organisation i Samplan.", StringComparison.Ordinal));
        var listed = UnitList(page);
        Assert.Contains(listed, r => r[0] == $"Testenhet A {s}" && r[1] == $"SE2321000016-{s}A");
        Assert.Contains(listed, r => r[0] == $"Testenhet B {s}" && r[1] == $"SE2321000016-{s}B");

        var bistand = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.HsaId == "SE2120003140-DEMO04"));
        Assert.Equal(AuditTrail.UppsalaKommun, bistand.OrganisationId);
        Assert.Equal("Biståndshandläggning äldre", bistand.Name);
        var created = await factory.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.HsaId.StartsWith("SE2321000016-" + s)).ToListAsync());
        Assert.Equal([$"SE2321000016-{s}A", $"SE2321000016-{s}B"], created.Select(u => u.HsaId).Order());
        Assert.All(created, u => Assert.Equal(AuditTrail.RegionUppsala, u.OrganisationId));
        var logged = await AssertImportLoggedAsync(start, AuditOutcome.Success);
        Assert.Equal("rows=4 created=2 updated=0 unchanged=0 refused=2", logged.Detail);
    }

    [Fact]
    public async Task A_unit_another_organisation_holds_is_refused_even_with_the_administrators_own_organisationsnummer()
    {
        var s = AdminSteps.NewHsaSuffix();
        var hsaId = $"SE2321000016-{s}K";
        await factory.WithDbAsync(db =>
        {
            db.Units.Add(Unit.Create(Guid.NewGuid(), AuditTrail.UppsalaKommun, $"Kommunens enhet {s}", hsaId));
            return db.SaveChangesAsync();
        });
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);

        var page = await nils.UploadUnitsAsync("enheter.csv", Encoding.UTF8.GetBytes($"hsaId;name\n{hsaId};Regionens namn {s}\n"));

        Assert.Equal("1", page.ReportFacts()["Avvisade rader"]);
        Assert.Contains(page.Rows(), r => r.Count == 4 && r[0] == "2" && r[3] == "En enhet med detta HSA-id tillhör en annan organisation i Samplan.");
        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.HsaId == hsaId));
        Assert.Equal(AuditTrail.UppsalaKommun, unit.OrganisationId);
        Assert.Equal($"Kommunens enhet {s}", unit.Name);
    }

    [Fact]
    public async Task A_json_file_creates_units_and_a_pasted_json_renames_them()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var s = AdminSteps.NewHsaSuffix();
        var hsaId = $"SE2321000016-{s}J";
        var start = await factory.HeadAsync();

        var uploaded = await nils.UploadUnitsAsync("enheter.json", Encoding.UTF8.GetBytes($$"""[ { "hsaId": "{{hsaId}}", "name": "JSON-enheten {{s}}" } ]"""));
        Assert.Equal("1 (1 skapade, 0 uppdaterade, 0 oförändrade)", uploaded.ReportFacts()["Godtagna rader"]);
        Assert.Contains(UnitList(uploaded), r => r[0] == $"JSON-enheten {s}" && r[1] == hsaId);

        // A case page on this node has shown the unit: its name is kept in the process-wide cache.
        var unitNames = factory.Services.GetRequiredService<UnitNameCache>();
        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.HsaId == hsaId));
        unitNames.Add([new UnitInfo(unit.Id, unit.Name, unit.HsaId, unit.OrganisationId, "Region Uppsala", OrganisationKind.Region)], unitNames.Generation);
        Assert.True(unitNames.TryGet(unit.Id, out _));

        using var pasted = await nils.SubmitFormAsync("/admin/units", form => form
            .Set("Import.Pasted", $$"""[ { "hsaId": "{{hsaId}}", "name": "JSON-enheten {{s}}, nytt namn" } ]"""));
        var renamed = await HtmlPage.ReadAsync(pasted);

        Assert.Equal("1 (0 skapade, 1 uppdaterade, 0 oförändrade)", renamed.ReportFacts()["Godtagna rader"]);
        Assert.Contains(UnitList(renamed), r => r[0] == $"JSON-enheten {s}, nytt namn" && r[1] == hsaId);
        Assert.False(unitNames.TryGet(unit.Id, out _), "the rename must clear the old name from the unit name cache");
        var nilsId = await factory.UserIdAsync(AuditTrail.Nils);
        var imports = await factory.EventsAfterAsync(start, e => e.UserId == nilsId && e.Code == (int)AuditAction.UnitsImported);
        Assert.Equal(["rows=1 created=1 updated=0 unchanged=0 refused=0", "rows=1 created=0 updated=1 unchanged=0 refused=0"], imports.Select(e => e.Detail));
    }

    [Fact]
    public async Task An_optional_kind_column_marks_staff_offices_and_changes_a_known_units_kind_R_CALL_5()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var s = AdminSteps.NewHsaSuffix();
        var csv = $"""
            hsaId;name;kind
            SE2321000016-{s}S;IT-säkerhet {s};stab
            SE2321000016-{s}V;Vårdcentral {s};
            """;

        var created = await nils.UploadUnitsAsync("enheter.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal("2 (2 skapade, 0 uppdaterade, 0 oförändrade)", created.ReportFacts()["Godtagna rader"]);
        var changed = await nils.UploadUnitsAsync("enheter.csv", Encoding.UTF8.GetBytes($"hsaId;name;kind\nSE2321000016-{s}V;Vårdcentral {s};StaffOffice\n"));
        Assert.Equal("1 (0 skapade, 1 uppdaterade, 0 oförändrade)", changed.ReportFacts()["Godtagna rader"]);
        var refused = await nils.UploadUnitsAsync("enheter.csv", Encoding.UTF8.GetBytes($"hsaId;name;kind\nSE2321000016-{s}X;Okänd {s};rymdstyrelse\n"));
        Assert.Contains(refused.Rows(), r => r.Count == 4 && r[0] == "2" && r[3].StartsWith("Okänd typ i kolumnen kind", StringComparison.Ordinal));

        var units = await factory.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.HsaId.StartsWith("SE2321000016-" + s)).OrderBy(u => u.HsaId).ToListAsync());
        Assert.Equal([($"SE2321000016-{s}S", UnitKind.StaffOffice), ($"SE2321000016-{s}V", UnitKind.StaffOffice)], units.Select(u => (u.HsaId, u.Kind)));
    }

    [Theory]
    [InlineData("windows-1252.csv", "NotUtf8", "Inget importerades. Filen är inte sparad som UTF-8.")]
    [InlineData("trasig.json", "InvalidJson", "Inget importerades. Texten är inte giltig JSON.")]
    [InlineData("utan-rubrik.csv", "MissingColumns", "Inget importerades. Första raden måste vara en rubrikrad")]
    public async Task An_unreadable_file_saves_nothing_and_says_why_next_to_the_file_field(string fileName, string error, string message)
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var s = AdminSteps.NewHsaSuffix();
        var hsaId = $"SE2321000016-{s}U";
        var content = error switch
        {
            "NotUtf8" => Encoding.Latin1.GetBytes($"hsaId;name\n{hsaId};Vårdcentralen Ö {s}\n"),
            "InvalidJson" => Encoding.UTF8.GetBytes($$"""[ { "hsaId": "{{hsaId}}", "name": "Ofullständig" } """),
            _ => Encoding.UTF8.GetBytes($"{hsaId};Utan rubrikrad {s}\n"),
        };
        var unitsBefore = await RegionUnitCountAsync();
        var start = await factory.HeadAsync();

        var page = await nils.UploadUnitsAsync(fileName, content);

        Assert.StartsWith(message, page.FieldError("Import.Upload"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main section[role=status]"));
        Assert.Equal(unitsBefore, await RegionUnitCountAsync());
        Assert.False(await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.HsaId == hsaId)));
        var logged = await AssertImportLoggedAsync(start, AuditOutcome.Refused);
        Assert.Equal($"unreadable={error}", logged.Detail);
    }

    /// <summary>Rows of the organisation's unit list: the last table on the page (name, HSA id).</summary>
    private static IReadOnlyList<IReadOnlyList<string>> UnitList(HtmlPage page)
    {
        var tables = page.Document.QuerySelectorAll("main table").ToList();
        Assert.NotEmpty(tables);
        return [.. tables[^1].QuerySelectorAll("tbody tr").Select(tr => (IReadOnlyList<string>)[.. tr.QuerySelectorAll("td").Select(td => HtmlPage.Collapse(td.TextContent))])];
    }

    private Task<int> RegionUnitCountAsync() =>
        factory.WithDbAsync(db => db.Units.CountAsync(u => u.OrganisationId == AuditTrail.RegionUppsala));

    /// <summary>The one 6002 entry by nils since <paramref name="after"/>: his unit and organisation, no names.</summary>
    private async Task<Samplan.Data.Auditing.AuditEvent> AssertImportLoggedAsync(long after, string outcome)
    {
        var nilsId = await factory.UserIdAsync(AuditTrail.Nils);
        var entry = Assert.Single(await factory.EventsAfterAsync(after, e => e.UserId == nilsId && e.Code == (int)AuditAction.UnitsImported));
        Assert.Equal(outcome, entry.Outcome);
        Assert.Equal(AuditTrail.Regionkontoret, entry.UnitId);
        Assert.Equal(AuditTrail.RegionUppsala, entry.OrganisationId);
        Assert.Equal("Nils Ström", entry.UserName);
        Assert.Null(entry.CaseId);
        Assert.Null(entry.IndividualId);
        return entry;
    }
}

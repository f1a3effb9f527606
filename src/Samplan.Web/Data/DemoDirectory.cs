using Samplan.Domain.Directory;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Data;

/// <summary>The demo's organisations, units and staff. HSA ids are fictitious (the real
/// organisationsnummer are public); only loaded in demo mode.</summary>
public static class DemoDirectory
{
    public const string Password = "Samplan-demo-2026";

    public static readonly Organisation RegionUppsala = Organisation.Create(Guid.Parse("0a000000-0000-0000-0000-000000000001"), "Region Uppsala", OrganisationKind.Region, "2321000016");
    public static readonly Organisation UppsalaKommun = Organisation.Create(Guid.Parse("0a000000-0000-0000-0000-000000000002"), "Uppsala kommun", OrganisationKind.Kommun, "2120003140");
    public static readonly Organisation Forsakringskassan = Organisation.Create(Guid.Parse("0a000000-0000-0000-0000-000000000003"), "Försäkringskassan", OrganisationKind.OtherActor, "2021005521");

    public static readonly Unit Vardcentral = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-000000000001"), RegionUppsala.Id, "Vårdcentralen Gottsunda", "SE2321000016-DEMO01", UnitKind.HealthCare);
    public static readonly Unit Psykiatri = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-000000000002"), RegionUppsala.Id, "Psykiatrisk öppenvård Uppsala", "SE2321000016-DEMO02", UnitKind.HealthCare);
    public static readonly Unit Medicinavdelning = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-000000000003"), RegionUppsala.Id, "Akademiska sjukhuset, medicinavdelning 30D", "SE2321000016-DEMO03", UnitKind.HealthCare);
    public static readonly Unit Bistand = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-000000000004"), UppsalaKommun.Id, "Biståndshandläggning äldre", "SE2120003140-DEMO04", UnitKind.SocialServices);
    public static readonly Unit Hemtjanst = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-000000000005"), UppsalaKommun.Id, "Hemtjänst Gottsunda", "SE2120003140-DEMO05", UnitKind.SocialServices);
    public static readonly Unit Lss = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-000000000006"), UppsalaKommun.Id, "LSS-handläggning", "SE2120003140-DEMO06", UnitKind.SocialServices);
    public static readonly Unit Elevhalsa = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-000000000007"), UppsalaKommun.Id, "Elevhälsan Katedralskolan", "SE2120003140-DEMO07", UnitKind.School);
    public static readonly Unit Regionkontoret = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-000000000009"), RegionUppsala.Id, "Regionkontoret, informationssäkerhet", "SE2321000016-DEMO09", UnitKind.StaffOffice);
    public static readonly Unit Kommunkansli = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-00000000000a"), UppsalaKommun.Id, "Socialförvaltningens kansli", "SE2120003140-DEMO10", UnitKind.StaffOffice);
    public static readonly Unit FkUppsala = Unit.Create(Guid.Parse("0b000000-0000-0000-0000-000000000008"), Forsakringskassan.Id, "Försäkringskassan, lokalkontor Uppsala", "SE2021005521-DEMO08", UnitKind.OtherActor);

    public static IReadOnlyList<Organisation> Organisations => [RegionUppsala, UppsalaKommun, Forsakringskassan];

    public static IReadOnlyList<Unit> Units => [Vardcentral, Psykiatri, Medicinavdelning, Bistand, Hemtjanst, Lss, Elevhalsa, FkUppsala, Regionkontoret, Kommunkansli];

    public static IReadOnlyList<DemoStaff> Staff =>
    [
        new("anna.lind", "Anna Lind", [(Vardcentral, "Distriktssköterska, fast vårdkontakt")]),
        new("eva.strand", "Eva Strand", [(Psykiatri, "Kurator"), (Vardcentral, "Kurator (delad tjänst)")]),
        new("karin.ek", "Karin Ek", [(Medicinavdelning, "Sjuksköterska")]),
        new("lena.berg", "Lena Berg", [(Bistand, "Biståndshandläggare")]),
        new("johan.nyberg", "Johan Nyberg", [(Hemtjanst, "Enhetschef hemtjänst")]),
        new("sara.ali", "Sara Ali", [(Lss, "LSS-handläggare")]),
        new("maria.svensson", "Maria Svensson", [(Elevhalsa, "Skolkurator")]),
        new("per.holm", "Per Holm", [(FkUppsala, "Handläggare")]),
        new("ulla.bjork", "Ulla Björk", [new(Regionkontoret, "Logggranskare", [SamplanRoles.Auditor])]),
        new("nils.strom", "Nils Ström", [new(Regionkontoret, "Systemförvaltare", [SamplanRoles.UnitAdmin])]),
        new("hanna.wik", "Hanna Wik", [new(Kommunkansli, "Informationssäkerhetssamordnare", [SamplanRoles.Auditor, SamplanRoles.UnitAdmin])]),
    ];
}

/// <summary>A demo person; roles are held through one assignment and act in its organisation.</summary>
public sealed record DemoStaff(string UserName, string Name, IReadOnlyList<DemoAssignment> Assignments);

public sealed record DemoAssignment(Unit Unit, string Title, IReadOnlyList<string>? Roles = null)
{
    public static implicit operator DemoAssignment((Unit Unit, string Title) assignment) => new(assignment.Unit, assignment.Title);

    /// <summary>"Unit" or "Unit [Auditor, UnitAdmin]" for the printed demo sign-ins.</summary>
    public string Label => Roles is { Count: > 0 } roles ? $"{Unit.Name} [{string.Join(", ", roles)}]" : Unit.Name;
}

using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>Searching the log: an auditor sees their own organisation's events and never another's,
/// whatever they search for.</summary>
[Collection(AuditAppCollection.Name)]
public sealed class AuditSearchTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task A_region_auditor_searching_a_person_sees_the_regions_accesses_and_not_the_municipalitys()
    {
        var byRegion = await factory.OpenSvensCaseAsync(Demo.Anna);
        var byKommun = await factory.OpenSvensCaseAsync(Demo.Johan);
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);

        var shown = (await ulla.SearchAsync("pnr=" + Demo.Sven.WithHyphen)).Sequences();

        Assert.Contains(byRegion.Seal!.Sequence, shown);
        Assert.DoesNotContain(byKommun.Seal!.Sequence, shown);
        Assert.All(await factory.OrganisationsOfAsync(shown, AuditTrail.RegionUppsala), o => Assert.Equal(AuditTrail.RegionUppsala, o));
    }

    [Fact]
    public async Task A_municipal_auditor_searching_the_same_person_sees_none_of_the_regions_accesses()
    {
        var byRegion = await factory.OpenSvensCaseAsync(Demo.Anna);
        var byKommun = await factory.OpenSvensCaseAsync(Demo.Johan);
        using var hanna = await factory.SignedInAsync(AuditTrail.Hanna);

        var shown = (await hanna.SearchAsync("pnr=" + Demo.Sven.WithHyphen)).Sequences();

        Assert.Contains(byKommun.Seal!.Sequence, shown);
        Assert.DoesNotContain(byRegion.Seal!.Sequence, shown);
        Assert.All(await factory.OrganisationsOfAsync(shown, AuditTrail.UppsalaKommun), o => Assert.Equal(AuditTrail.UppsalaKommun, o));
    }

    [Fact]
    public async Task A_municipal_auditor_finds_nothing_by_a_region_user_and_every_row_of_the_whole_log_is_the_municipalitys()
    {
        await factory.OpenSvensCaseAsync(Demo.Anna);
        await factory.OpenSvensCaseAsync(Demo.Johan);
        using var hanna = await factory.SignedInAsync(AuditTrail.Hanna);

        var byAnna = await hanna.SearchAsync("user=" + Demo.Anna);
        var everything = (await hanna.SearchAsync("pageNumber=1")).Sequences();

        // A region user's only events a municipal auditor sees are those that reached the
        // municipality's own cases (a protected identity mark switching them, R-PROT-2).
        Assert.All(await factory.OrganisationsOfAsync(byAnna.Sequences(), AuditTrail.UppsalaKommun), o => Assert.Equal(AuditTrail.UppsalaKommun, o));
        Assert.NotEmpty(everything);
        Assert.All(await factory.OrganisationsOfAsync(everything, AuditTrail.UppsalaKommun), o => Assert.Equal(AuditTrail.UppsalaKommun, o));
    }

    [Fact]
    public async Task A_municipal_auditor_cannot_filter_on_a_region_unit()
    {
        using var hanna = await factory.SignedInAsync(AuditTrail.Hanna);

        var page = await hanna.SearchAsync("unit=" + Demo.Units.Vardcentral);

        Assert.Empty(page.Sequences());
        Assert.Equal("Välj en enhet i din organisation.", page.Document.QuerySelector("#unit-error")?.TextContent.Trim());
    }
}

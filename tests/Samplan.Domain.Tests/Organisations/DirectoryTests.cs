using Samplan.Domain.Directory;

namespace Samplan.Domain.Tests.Organisations;

public class DirectoryTests
{
    [Theory]
    [InlineData(OrganisationKind.Region, true)]
    [InlineData(OrganisationKind.Kommun, true)]
    [InlineData(OrganisationKind.OtherActor, false)]
    public void Only_regions_and_municipalities_are_huvudman(OrganisationKind kind, bool expected) =>
        Assert.Equal(expected, Organisation.Create(Guid.NewGuid(), " Region Uppsala ", kind, "2321000024").IsHuvudman);

    [Fact]
    public void Organisation_and_unit_names_are_trimmed()
    {
        var org = Organisation.Create(Guid.NewGuid(), " Uppsala kommun ", OrganisationKind.Kommun, null);
        var unit = Unit.Create(Guid.NewGuid(), org.Id, " Hemtjänst ", " SE2321000024-H1 ");

        Assert.Equal("Uppsala kommun", org.Name);
        Assert.Equal("Hemtjänst", unit.Name);
        Assert.Equal("SE2321000024-H1", unit.HsaId);
        Assert.Equal(org.Id, unit.OrganisationId);
    }

    [Fact]
    public void A_units_search_name_is_its_name_in_lower_case_with_single_spaces_also_after_a_rename()
    {
        var unit = Unit.Create(Guid.NewGuid(), Guid.NewGuid(), " Hemtjänst  ÖSTRA Gottsunda ", "SE2321000024-H2");

        Assert.Equal("hemtjänst östra gottsunda", unit.SearchName);
        unit.Rename("Äldreboendet\tVåren");
        Assert.Equal("äldreboendet våren", unit.SearchName);
    }
}

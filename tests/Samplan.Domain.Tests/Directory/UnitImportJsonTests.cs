using Samplan.Domain.Directory;

namespace Samplan.Domain.Tests.Directory;

public class UnitImportJsonTests
{
    [Fact]
    public void Items_are_read_with_the_line_each_starts_on()
    {
        const string json = """
            [
              { "hsaId": "SE2321000016-A1", "name": "Vårdcentralen" },
              {
                "HSAID": "SE2321000016-A2",
                "name": "Psykiatrin",
                "organisationNumber": "2321000016"
              }
            ]
            """;

        var result = UnitImportParser.Parse(json, UnitImportFormat.Json);

        Assert.True(result.IsReadable);
        Assert.Collection(result.Rows,
            r => Assert.Equal((2, "SE2321000016-A1", "Vårdcentralen", (string?)null), (r.Line, r.HsaId, r.Name, r.OrganisationNumber)),
            r => Assert.Equal((3, "SE2321000016-A2", "Psykiatrin", (string?)"2321000016"), (r.Line, r.HsaId, r.Name, r.OrganisationNumber)));
    }

    [Fact]
    public void Other_properties_are_ignored_and_named()
    {
        var result = UnitImportParser.Parse("""[{"hsaId":"SE2321000016-A1","name":"VC","mail":"x@y.se"}]""", UnitImportFormat.Json);

        Assert.Equal(["mail"], result.IgnoredColumns);
        Assert.Null(Assert.Single(result.Rows).ReadProblem);
    }

    [Fact]
    public void An_item_that_is_not_an_object_or_holds_a_number_is_refused_alone()
    {
        var result = UnitImportParser.Parse("""["SE2321000016-A1", {"hsaId": 42, "name": "VC"}, {"hsaId":"SE2321000016-A2","name":"Ok"}]""", UnitImportFormat.Json);

        Assert.Equal([UnitImportRefusal.NotAnObject, UnitImportRefusal.ValueNotText, null], result.Rows.Select(r => r.ReadProblem));
    }

    [Theory]
    [InlineData("""[{"hsaId": "SE2321000016-A1", "name": "VC"}""", UnitImportFileError.InvalidJson)]
    [InlineData("""{"hsaId": "SE2321000016-A1", "name": "VC"}""", UnitImportFileError.JsonNotAnArray)]
    [InlineData("[]", UnitImportFileError.NoRows)]
    public void A_file_that_is_not_an_array_of_items_is_unreadable(string json, UnitImportFileError expected) =>
        Assert.Equal(expected, UnitImportParser.Parse(json, UnitImportFormat.Json).FileError);
}

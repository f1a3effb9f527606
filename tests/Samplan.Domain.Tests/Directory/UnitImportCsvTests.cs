using System.Text;
using Samplan.Domain.Directory;

namespace Samplan.Domain.Tests.Directory;

public class UnitImportCsvTests
{
    [Fact]
    public void Semicolon_separated_rows_are_read_with_their_line_numbers()
    {
        var result = UnitImportParser.Parse("hsaId;name\nSE2321000016-A1;Vårdcentralen Gottsunda\n\nSE2321000016-A2;Psykiatrin\n", UnitImportFormat.Csv);

        Assert.True(result.IsReadable);
        Assert.Collection(result.Rows,
            r => Assert.Equal((2, "SE2321000016-A1", "Vårdcentralen Gottsunda"), (r.Line, r.HsaId, r.Name)),
            r => Assert.Equal((4, "SE2321000016-A2", "Psykiatrin"), (r.Line, r.HsaId, r.Name)));
    }

    [Fact]
    public void Comma_separated_rows_may_quote_a_name_with_a_comma()
    {
        var result = UnitImportParser.Parse("hsaId,name\r\nSE2321000016-A3,\"Akademiska sjukhuset, avd 30D\"\r\nSE2321000016-A4,\"Säg \"\"hej\"\"\"\r\n", UnitImportFormat.Csv);

        Assert.Equal(["Akademiska sjukhuset, avd 30D", "Säg \"hej\""], result.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Columns_are_found_by_header_name_in_any_order_and_case()
    {
        var result = UnitImportParser.Parse("Name;OrganisationNumber;HSAID\nHemtjänst;2120003140;SE2120003140-H1\n", UnitImportFormat.Csv);

        var row = Assert.Single(result.Rows);
        Assert.Equal(("SE2120003140-H1", "Hemtjänst", "2120003140"), (row.HsaId, row.Name, row.OrganisationNumber));
    }

    [Fact]
    public void Other_columns_are_ignored_and_named()
    {
        var result = UnitImportParser.Parse("hsaId;name;postort\nSE2321000016-A1;VC;Uppsala\n", UnitImportFormat.Csv);

        Assert.Equal(["postort"], result.IgnoredColumns);
        Assert.Equal("VC", Assert.Single(result.Rows).Name);
    }

    [Fact]
    public void A_file_without_a_header_naming_hsaId_and_name_is_unreadable() =>
        Assert.Equal(UnitImportFileError.MissingColumns, UnitImportParser.Parse("SE2321000016-A1;VC\n", UnitImportFormat.Csv).FileError);

    [Fact]
    public void A_row_with_an_unquoted_separator_in_the_name_is_refused_not_cut_short()
    {
        var result = UnitImportParser.Parse("hsaId,name\nSE2321000016-A3,Akademiska sjukhuset, avd 30D\n", UnitImportFormat.Csv);

        Assert.Equal(UnitImportRefusal.WrongColumnCount, Assert.Single(result.Rows).ReadProblem);
    }

    [Fact]
    public void A_quote_that_never_closes_refuses_its_row() =>
        Assert.Equal(UnitImportRefusal.UnclosedQuote, Assert.Single(UnitImportParser.Parse("hsaId;name\nSE2321000016-A1;\"VC\n", UnitImportFormat.Csv).Rows).ReadProblem);

    [Theory]
    [InlineData("")]
    [InlineData("  \n \n")]
    public void An_empty_file_is_unreadable(string text) =>
        Assert.Equal(UnitImportFileError.Empty, UnitImportParser.Parse(text, UnitImportFormat.Csv).FileError);

    [Fact]
    public void A_header_without_rows_is_unreadable() =>
        Assert.Equal(UnitImportFileError.NoRows, UnitImportParser.Parse("hsaId;name\n", UnitImportFormat.Csv).FileError);

    [Fact]
    public void A_utf8_byte_order_mark_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("hsaId;name\nSE2321000016-A1;Älvkarleby\n")).ToArray();

        Assert.Equal("Älvkarleby", Assert.Single(UnitImportParser.Parse(bytes, UnitImportFormat.Csv).Rows).Name);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_unreadable_rather_than_garbled()
    {
        var windows1252 = "hsaId;name\nSE2321000016-A1;"u8.ToArray().Concat(new byte[] { 0xC4, 0x6C, 0x76 }).ToArray(); // "Älv" in Windows-1252

        Assert.Equal(UnitImportFileError.NotUtf8, UnitImportParser.Parse(windows1252, UnitImportFormat.Csv).FileError);
    }

    [Theory]
    [InlineData("enheter.csv", UnitImportFormat.Csv)]
    [InlineData("ENHETER.JSON", UnitImportFormat.Json)]
    [InlineData("enheter.xlsx", null)]
    [InlineData(null, null)]
    public void The_file_name_decides_the_format(string? fileName, UnitImportFormat? expected) =>
        Assert.Equal(expected, UnitImportParser.FormatOfFileName(fileName));

    [Theory]
    [InlineData("hsaId;name\n", UnitImportFormat.Csv)]
    [InlineData("\n  [ {\"hsaId\": \"x\"} ]", UnitImportFormat.Json)]
    public void Pasted_text_starting_with_a_bracket_is_json(string text, UnitImportFormat expected) =>
        Assert.Equal(expected, UnitImportParser.GuessFormat(text));
}

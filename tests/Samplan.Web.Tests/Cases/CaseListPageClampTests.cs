using Samplan.Web.Features.Cases;

namespace Samplan.Web.Tests.Cases;

/// <summary>A page number from the address line never makes the list query overflow or throw:
/// it is clamped into 1..MaxPage before the offset is computed.</summary>
public sealed class CaseListPageClampTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(int.MinValue, 1)]
    [InlineData(3, 3)]
    [InlineData(int.MaxValue, CaseListQuery.MaxPage)]
    public void Page_is_clamped_into_range(int? requested, int expected)
    {
        Assert.Equal(expected, CaseListQuery.ClampPage(requested));
    }

    [Fact]
    public void Offset_of_the_highest_page_fits_an_int()
    {
        var offset = (long)(CaseListQuery.MaxPage - 1) * CaseListQuery.PageSize;

        Assert.True(offset <= int.MaxValue);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("abc", 1)]
    [InlineData("-3", 1)]
    [InlineData("2.5", 1)]
    [InlineData(" 4 ", 4)]
    [InlineData("99999999999", CaseListQuery.MaxPage)]
    [InlineData("999999999999999999999999999", CaseListQuery.MaxPage)]
    public void Page_from_the_address_line_is_parsed_and_clamped(string? text, int expected)
    {
        Assert.Equal(expected, CaseListQuery.ParsePage(text));
    }
}

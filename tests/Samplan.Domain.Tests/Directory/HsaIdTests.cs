using Samplan.Domain.Directory;

namespace Samplan.Domain.Tests.Directory;

public class HsaIdTests
{
    [Theory]
    [InlineData("SE2321000016-ABC1")]
    [InlineData("SE2321000016-1")]
    [InlineData("  SE2120003140-DEMO04  ")]
    public void Organisation_hsa_ids_are_accepted_and_trimmed(string input)
    {
        var result = HsaId.Parse(input);

        Assert.True(result.IsValid);
        Assert.Equal(input.Trim(), result.Value!.Value);
    }

    [Fact]
    public void The_organisationsnummer_is_the_ten_digits_after_SE() =>
        Assert.Equal("2321000016", HsaId.Parse("SE2321000016-ABC1").Value!.OrganisationNumber);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_hsa_id_is_empty(string? input) =>
        Assert.Equal(HsaIdError.Empty, HsaId.Parse(input).Error);

    [Theory]
    [InlineData("SE2321000016-abc1")] // lower case is not guessed at
    [InlineData("se2321000016-ABC1")]
    [InlineData("SE2321000016ABC1")]  // no dash
    [InlineData("SE2321000016-")]     // nothing after the dash
    [InlineData("SE232100001-ABC1")]  // nine digits
    [InlineData("SE23210000161-ABC1")] // eleven digits
    [InlineData("NO2321000016-ABC1")]
    [InlineData("SE2321000016-AB C1")]
    [InlineData("SE2321000016-ÅÄÖ")]
    [InlineData("SE2321000016-AB-C1")]
    public void Anything_else_has_the_wrong_format(string input) =>
        Assert.Equal(HsaIdError.WrongFormat, HsaId.Parse(input).Error);

    [Fact]
    public void Sixty_four_characters_is_the_most()
    {
        var longest = "SE2321000016-" + new string('A', HsaId.MaxLength - 13);

        Assert.True(HsaId.Parse(longest).IsValid);
        Assert.Equal(HsaIdError.TooLong, HsaId.Parse(longest + "A").Error);
    }
}

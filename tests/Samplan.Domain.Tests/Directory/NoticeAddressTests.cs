using Samplan.Domain.Common;
using Samplan.Domain.Directory;

namespace Samplan.Domain.Tests.Directory;

public class NoticeAddressTests
{
    private static Unit AUnit() => Unit.Create(Guid.NewGuid(), Guid.NewGuid(), "Hemtjänst Gottsunda", "SE2321000032-HT1");

    [Theory]
    [InlineData("hemtjanst.gottsunda@uppsala.se")]
    [InlineData("  sip+notiser@region.example.se ")]
    public void A_plain_address_is_kept_trimmed(string address)
    {
        var unit = AUnit();

        unit.SetNoticeAddress(address);

        Assert.Equal(address.Trim(), unit.NoticeAddress);
    }

    [Theory]
    [InlineData("Hemtjänst <ht@uppsala.se>")]
    [InlineData("a@uppsala.se, b@uppsala.se")]
    [InlineData("ht@localhost")]
    [InlineData("ht@uppsala.se\r\nBcc: x@evil.example")]
    [InlineData("not an address")]
    [InlineData("ht@@uppsala.se")]
    public void Anything_but_one_plain_address_is_refused_and_the_old_one_stays(string address)
    {
        var unit = AUnit();
        unit.SetNoticeAddress("ht@uppsala.se");

        var ex = Assert.Throws<DomainRuleException>(() => unit.SetNoticeAddress(address));

        Assert.True(ex.Has("unit.notice-address-invalid"));
        Assert.Equal("ht@uppsala.se", unit.NoticeAddress);
    }

    [Fact]
    public void A_ten_thousand_character_address_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => AUnit().SetNoticeAddress(new string('a', 10_000) + "@uppsala.se"));

        Assert.True(ex.Has("unit.notice-address-invalid"));
    }

    [Fact]
    public void A_blank_address_clears_it()
    {
        var unit = AUnit();
        unit.SetNoticeAddress("ht@uppsala.se");

        unit.SetNoticeAddress("  ");

        Assert.Null(unit.NoticeAddress);
    }
}

using Microsoft.EntityFrameworkCore;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Cases;

/// <summary>R-INIT-4 "within a few days": the region sets how many (Samplan:FirstContactDays); a
/// new SIP takes the number it had then, and a number that is no "few days" stops the start.</summary>
public sealed class FirstContactDaysTests
{
    [Fact]
    public async Task R_INIT_4_A_region_that_wants_first_contact_the_same_day_gets_that_deadline_on_new_SIPs()
    {
        await using var node = await AppNodeFactory.StartAsync(TestDatabase.FromEnvironment(), ("Samplan:Jobs:Enabled", "false"), ("Samplan:FirstContactDays", "0"));
        using var anna = await node.SignedInAsync(Demo.Anna);

        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Sam", familyName: "Samedagsson");

        var stored = await node.WithDbAsync(db => db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.NextDueOn, c.Initiative }).SingleAsync());
        Assert.Equal(0, stored.Initiative.FirstContactDays);
        Assert.Equal(stored.Initiative.NeedIdentifiedOn, stored.NextDueOn);
    }

    [Fact]
    public async Task R_INIT_4_First_contact_days_beyond_a_few_refuse_the_start_and_name_the_setting()
    {
        await using var node = new AppNodeFactory(TestDatabase.FromEnvironment(), ("Samplan:FirstContactDays", "30"));
        await node.Database.CreateAsync();

        var refused = Record.Exception(() => node.Server);

        Assert.NotNull(refused);
        var messages = string.Join(" | ", Enumerable.Repeat(refused, 1).Concat(refused is AggregateException a ? a.InnerExceptions : []).Select(e => e.Message + " " + e.InnerException?.Message));
        Assert.Contains("Samplan:FirstContactDays is 30", messages, StringComparison.Ordinal);
    }
}

using Samplan.Web.Tests.Inbox;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Todo;

/// <summary>The to-do page: deadlines computed from the clock the app is given (R-INIT-5 after a
/// Friday discharge, R-CONSENT-8 a consent about to run out), overdue marked once the day has passed.</summary>
[Collection(SamplanCollection.Name)]
public sealed class TodoPageTests(SamplanFactory factory)
{
    [Fact]
    public async Task R_INIT_5_R_CONSENT_8_The_unit_sees_the_Monday_invitation_deadline_and_a_consent_about_to_run_out_and_overdue_once_passed()
    {
        var friday = MessageSteps.FridayOnOrBefore(factory.Today);
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        using var started = await anna.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", TestPersonnummer.NewAdult().WithHyphen).Set("Input.GivenName", "Frida").Set("Input.FamilyName", "Fredagsdotter")
            .Set("Input.Reason", "Utskrivningsklar i fredags.")
            .Set("Input.NeedIdentifiedOn", CaseSteps.Iso(friday)).Set("Input.DischargeReadyOn", CaseSteps.Iso(friday)));
        Assert.StartsWith("/cases/", started.RedirectPath(), StringComparison.Ordinal);
        var consentCase = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Saga", familyName: "Samtyckesson");
        await CaseSteps.ExpectSavedAsync(await anna.SubmitFormAsync($"/cases/{consentCase}/consent", form => form
            .Set("Input.Kind", "GivenByIndividual").Set("Input.Method", "Oral").Set("Input.GivenBy", "Saga Samtyckesson")
            .Set("Input.GivenOn", CaseSteps.Iso(factory.Today)).Set("Input.ValidUntil", CaseSteps.Iso(factory.Today.AddDays(10)))), consentCase, "Consent");

        var page = await anna.GetPageAsync("/todo");
        AssertPage.Ok(page);
        var due = Item(page, "todo-due", "Fredagsdotter");
        var monday = friday.AddDays(3);
        Assert.Contains("Kallelse", due.TextContent, StringComparison.Ordinal);
        Assert.Contains($"datetime=\"{CaseSteps.Iso(monday)}\"", due.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(monday < factory.Today, due.QuerySelector(".badge.overdue") is not null);
        var consent = Item(page, "todo-consent", "Samtyckesson");
        Assert.Contains($"datetime=\"{CaseSteps.Iso(factory.Today.AddDays(10))}\"", consent.InnerHtml, StringComparison.Ordinal);

        // Two days after the deadline: the invitation is overdue.
        factory.Clock.Advance(TimeSpan.FromDays((monday.DayNumber - factory.Today.DayNumber) + 2));
        using var later = factory.NewClient();
        await later.SignInAsync(Demo.Anna);
        var overdue = Item(await later.GetPageAsync("/todo"), "todo-due", "Fredagsdotter");
        Assert.NotNull(overdue.QuerySelector(".badge.overdue"));
    }

    [Fact]
    public async Task A_professional_sees_the_whole_units_to_do_or_only_the_SIPs_they_started()
    {
        using var anna = factory.NewClient();
        await anna.SignInAsync(Demo.Anna);
        await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Mira", familyName: "Minsdotter");
        using var eva = factory.NewClient();
        await eva.SignInForUnitAsync(Demo.Eva, "Vårdcentralen Gottsunda");

        bool Lists(HtmlPage page) => page.Document.QuerySelector("section[aria-labelledby='todo-due']")!.TextContent.Contains("Minsdotter", StringComparison.Ordinal);
        Assert.True(Lists(await anna.GetPageAsync("/todo?mine=true")));
        Assert.True(Lists(await eva.GetPageAsync("/todo")));
        var evasOwn = await eva.GetPageAsync("/todo?mine=true");
        AssertPage.Ok(evasOwn);
        Assert.False(Lists(evasOwn));
        Assert.Equal("Bara mina SIP:ar", HtmlPage.Collapse(evasOwn.Document.QuerySelector("[aria-current='page']")?.TextContent));
    }

    private static AngleSharp.Dom.IElement Item(HtmlPage page, string section, string name) =>
        page.Document.QuerySelectorAll($"section[aria-labelledby='{section}'] li").Single(li => li.TextContent.Contains(name, StringComparison.Ordinal));
}

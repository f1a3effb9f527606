using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samplan.E2E.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Samplan.E2E;

/// <summary>
/// Messages between the units in Chromium: the vårdcentral sends a message about Gunnel's SIP to
/// the hemtjänst; Johan at the hemtjänst sees the count in the navigation, finds it first in his
/// inbox, opens it (which names nobody: no consent yet) and acknowledges it; the vårdcentral sees
/// that on the SIP's message page. axe on the message form, the inbox, the message, the to-do page
/// and the case's message page.
/// </summary>
[Collection(SamplanCollection.Name)]
public sealed class InboxJourneyTests(SamplanFixture app, ITestOutputHelper output)
{
    private const string GunnelCase = "/cases/0d000000-0000-0000-0000-000000000001";
    private const string LiamCase = "/cases/0d000000-0000-0000-0000-000000000004";
    private const string Hemtjanst = "0b000000-0000-0000-0000-000000000005";

    [Fact]
    public async Task A_unit_is_told_acknowledges_and_the_sender_sees_it()
    {
        var anna = await app.NewPageAsync();
        var sender = new Journey(anna, app.Server, output, screenshotPrefix: "inbox-anna-");
        await sender.StepAsync("sign in as anna.lind", () => DemoSignIn.AsAsync(anna, "anna.lind"));

        await sender.StepAsync("the message form of Gunnel's SIP", async () =>
        {
            await anna.GotoAsync(GunnelCase);
            await anna.GetByRole(AriaRole.Link, new() { Name = "Skicka initiativet till de blivande deltagarna" }).ClickAsync();
            await Expect(anna).ToHaveURLAsync(new Regex("/messages/new$"));
            await sender.CheckPageAsync("message-form", "Skicka meddelande om Gunnel Andersson");
        });

        await sender.StepAsync("a message without own words (no consent yet) to the hemtjänst", async () =>
        {
            await anna.GetByLabel("Meddelande", new() { Exact = true }).CheckAsync();
            await anna.Locator($"#unit-{Hemtjanst}").CheckAsync();
            await anna.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }).ClickAsync();
            await Expect(anna).ToHaveURLAsync(new Regex("/messages$"));
            await Expect(anna.GetByRole(AriaRole.Status)).ToHaveTextAsync("Meddelandet är skickat.");
            await sender.CheckPageAsync("case-messages", "Meddelanden om SIP för Gunnel Andersson");
        });

        var johan = await app.NewPageAsync();
        var recipient = new Journey(johan, app.Server, output, screenshotPrefix: "inbox-johan-");
        await recipient.StepAsync("sign in as johan.nyberg: the navigation counts what awaits him", async () =>
        {
            await DemoSignIn.AsAsync(johan, "johan.nyberg");
            await Expect(johan.Locator("nav a[href='/inbox'] .nav-count")).ToBeVisibleAsync();
        });

        await recipient.StepAsync("the inbox, what awaits acknowledgement first", async () =>
        {
            await johan.GetByRole(AriaRole.Link, new() { Name = "Inkorg" }).ClickAsync();
            await recipient.CheckPageAsync("inbox", "Inkorg för Hemtjänst");
            await Expect(johan.Locator("table.inbox tbody tr").First).ToContainTextAsync("Kvittera senast");
        });

        await recipient.StepAsync("the message names nobody before consent; acknowledge it", async () =>
        {
            await johan.Locator("table.inbox tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(johan.Locator("main")).Not.ToContainTextAsync("Gunnel");
            await recipient.CheckPageAsync("message", "SIP-");
            await johan.GetByRole(AriaRole.Button, new() { Name = "Kvittera" }).ClickAsync();
            await Expect(johan.GetByRole(AriaRole.Status)).ToHaveTextAsync("Meddelandet är kvitterat.");
            await Expect(johan.GetByRole(AriaRole.Button, new() { Name = "Kvittera" })).ToHaveCountAsync(0);
        });

        await recipient.StepAsync("the to-do page", async () =>
        {
            await johan.GetByRole(AriaRole.Link, new() { Name = "Att göra" }).ClickAsync();
            await recipient.CheckPageAsync("todo", "Att göra för Hemtjänst");
        });

        await sender.StepAsync("the sender sees the acknowledgement", async () =>
        {
            await anna.ReloadAsync();
            await Expect(anna.Locator("main")).ToContainTextAsync("Kvitterat");
            await Expect(anna.Locator("main")).ToContainTextAsync("Johan Nyberg");
        });

        var sara = await app.NewPageAsync();
        var invitee = new Journey(sara, app.Server, output, screenshotPrefix: "invitation-sara-");
        await invitee.StepAsync("sign in as sara.ali and answer Liam's invitation: accept, naming who comes", async () =>
        {
            await DemoSignIn.AsAsync(sara, "sara.ali");
            await sara.GotoAsync(LiamCase);
            await sara.GetByRole(AriaRole.Link, new() { Name = "Svara på kallelsen" }).ClickAsync();
            await invitee.CheckPageAsync("answer", "Kallelse till SIP-möte för");
            await sara.GetByLabel("Vem kommer från er enhet (valfritt)").FillAsync("Sara Ali");
            await sara.GetByRole(AriaRole.Button, new() { Name = "Tacka ja" }).ClickAsync();
            await Expect(sara.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ni har tackat ja.");
        });

        await sender.StepAsync("the convener's board shows the answer", async () =>
        {
            await anna.GotoAsync(LiamCase);
            var board = anna.Locator("section[aria-labelledby='invitation-heading']");
            await Expect(board).ToContainTextAsync("Accepterad");
            await Expect(board).ToContainTextAsync("Sara Ali");
            await sender.CheckPageAsync("answer-board", "SIP för");
        });

        await sender.StepAsync("the letters for those invited by letter, and one letter to print", async () =>
        {
            await anna.GetByRole(AriaRole.Link, new() { Name = "Brev och svar för dem som kallas per brev" }).ClickAsync();
            await sender.CheckPageAsync("letters", "Kallelser per brev för");
            await anna.GetByRole(AriaRole.Link, new() { Name = "Brev att skriva ut" }).First.ClickAsync();
            await sender.CheckPageAsync("letter", "Kallelse till samordnad individuell plan");
        });

        invitee.Finish();
        recipient.Finish();
        sender.Finish();
    }
}

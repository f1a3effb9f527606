using Samplan.Web.Features.Audit;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>
/// The audit table speaks the auditor's language: a Swedish auditor reads the event details in
/// Swedish (the stored English detail is kept as hashed), cases by the reference the case page
/// shows, and the table never breaks words in the middle.
/// </summary>
[Collection(AuditAppCollection.Name)]
public sealed class AuditTableTextTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task A_swedish_auditor_reads_event_details_in_swedish()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        await anna.GetPageAsync("/?show=All");
        // Searches show sealed events only; without sealing, a busy log may not have chained it yet.
        await factory.SealAsync();
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);

        var page = await ulla.SearchAsync("user=" + Demo.Anna);

        var details = page.Document.QuerySelectorAll("table tbody tr td:last-child").Select(td => td.TextContent).ToList();
        Assert.Contains(details, d => d.Contains("visa=alla", StringComparison.Ordinal) && d.Contains("rader=", StringComparison.Ordinal));
        Assert.DoesNotContain(details, d => d.Contains("show=", StringComparison.Ordinal) || d.Contains("rows=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cases_are_shown_by_the_reference_of_the_case_page()
    {
        await factory.OpenSvensCaseAsync(Demo.Anna);
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);

        var page = await ulla.SearchAsync("pnr=" + Demo.Sven.WithHyphen);

        Assert.Contains(Samplan.Domain.Cases.CaseReference.For(Demo.Sven.CaseId), page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.Sven.CaseId.ToString(), page.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_keeps_words_whole()
    {
        using var client = factory.NewClient();

        var css = await client.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.DoesNotContain("overflow-wrap: anywhere", css, StringComparison.Ordinal);
        Assert.DoesNotContain("word-break: break-all", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search; person=yes; user=no; unit=no; from=–; to=–; code=any; outcome=any; page=1; rows=3", "sökning; person=ja; användare=nej; enhet=nej; från=–; till=–; händelse=alla; utfall=alla; sida=1; rader=3")]
    [InlineData("staff created user=abc unit=-", "konto skapat användare=abc enhet=-")]
    [InlineData("something new=1", "something new=1")]
    public void Stored_details_are_described_in_swedish(string stored, string shown)
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");
        Assert.Equal(shown, AuditDetailText.Describe(stored));
    }

    [Fact]
    public void Refused_rule_codes_become_their_messages()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");
        Assert.Equal("Samtycket har gått ut. Inhämta ett nytt samtycke innan SIP:en kan fortsätta.", AuditDetailText.Describe("consent.expired"));
    }
}

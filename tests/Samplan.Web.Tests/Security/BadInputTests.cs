using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// Bad input answers with a clear message and never 500 (docs/security.md "Bad input"): every form
/// is posted with a 10,000-character value in each text field and with dates at the edges of the
/// calendar; searches get a NUL byte and page numbers at int.MaxValue. Own app, because a form
/// that wrongly accepts the input would change the shared demo cases.
/// </summary>
public sealed class BadInputTests(SamplanFactory factory) : IClassFixture<SamplanFactory>
{
    private const string Gunnel = "0d000000-0000-0000-0000-000000000001";
    private const string Mikael = "0d000000-0000-0000-0000-000000000002";
    private const string Elsa = "0d000000-0000-0000-0000-000000000003";
    private const string Liam = "0d000000-0000-0000-0000-000000000004";
    private const string Sven = "0d000000-0000-0000-0000-000000000005";

    private static readonly string Long = string.Concat(Enumerable.Repeat("Åsa ", 2500));

    public static TheoryData<string, string> Forms => new()
    {
        { Demo.Anna, "/cases/new" },
        { Demo.Anna, $"/cases/{Gunnel}/consent" },
        { Demo.Anna, $"/cases/{Elsa}/preparation" },
        { Demo.Anna, $"/cases/{Elsa}/invitation" },
        { Demo.Anna, $"/cases/{Liam}/meeting" },
        { Demo.Anna, $"/cases/{Mikael}/plan" },
        { Demo.Eva, $"/cases/{Mikael}/plan/agree" }, // the convener agrees the plan (R-PLAN-10)
        { Demo.Anna, $"/cases/{Sven}/follow-up" },
        { Demo.Anna, $"/cases/{Sven}/close" },
        { Demo.Anna, $"/cases/{Sven}/consent/withdraw" },
        { "ulla.bjork", "/audit/review/suspicion" },
        { "ulla.bjork", "/audit/review/sample" },
        { "nils.strom", "/admin/staff" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_form_refuses_overlong_text_with_a_message_and_changes_nothing(string userName, string url)
    {
        var client = await factory.SignedInAsync(userName);
        if ((await FieldsAsync(client, url)).Texts.Count == 0)
        {
            return;
        }

        var before = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        using var response = await PostFilledAsync(client, url, textValue: Long, dateValue: null);

        var page = await HtmlPage.ReadAsync(response);
        Assert.True(page.Status == HttpStatusCode.OK, $"POST {url} with 10,000-character text: {page}");
        Assert.NotEmpty(page.ErrorSummary);
        Assert.Contains(page.FieldErrors, e => e.Contains("tecken", StringComparison.Ordinal));
        Assert.Equal(Sec.Stable(before), Sec.Stable(await client.GetStringAsync(new Uri(url, UriKind.Relative))));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_form_refuses_dates_at_the_edges_of_the_calendar(string userName, string url)
    {
        var client = await factory.SignedInAsync(userName);
        foreach (var date in new[] { "9999-12-31", "0001-01-01" })
        {
            var fields = await FieldsAsync(client, url);
            if (fields.Dates.Count == 0)
            {
                return;
            }

            using var response = await PostFilledAsync(client, url, textValue: null, dateValue: date);

            var page = await HtmlPage.ReadAsync(response);
            Assert.True(page.Status == HttpStatusCode.OK, $"POST {url} with dates {date}: {page}");
            Assert.NotEmpty(page.ErrorSummary);
        }
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_refused_not_saved_as_empty()
    {
        var client = await factory.SignedInAsync(Demo.Anna);

        using var response = await client.SubmitFormAsync("/cases/new", form => form
            .Set("Input.Personnummer", TestPersonnummer.NewAdult().Twelve)
            .Set("Input.Reason", "Behöver samordnat stöd.")
            .Set("Input.NeedIdentifiedOn", "2026-02-30"));

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.FieldError("Input.NeedIdentifiedOn"));
    }

    [Theory]
    [InlineData(Demo.Anna, "/?show=All&q=a%00b")]
    [InlineData(Demo.Anna, "/?show=All&q=%00")]
    [InlineData("ulla.bjork", "/audit?user=a%00b")]
    [InlineData("ulla.bjork", "/audit?pnr=%00")]
    [InlineData("ulla.bjork", "/audit?pageNumber=2147483647")]
    [InlineData("ulla.bjork", "/audit?pageNumber=-2147483648")]
    [InlineData("ulla.bjork", "/audit?from=0001-01-01&to=9999-12-31")]
    [InlineData("ulla.bjork", "/audit/person?Pnr=%00")]
    [InlineData("nils.strom", "/admin/staff?q=%00")]
    public async Task Searches_answer_without_error_for_nul_bytes_and_huge_page_numbers(string userName, string url)
    {
        var client = await factory.SignedInAsync(userName);

        using var response = await client.GetUrlAsync(url);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_sign_in_name_of_any_length_is_answered_as_a_wrong_sign_in()
    {
        using var client = factory.NewClient();

        using var response = await client.TrySignInAsync(new string('a', 10_000), "wrong");

        var page = await HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.ErrorSummary);
    }

    private sealed record FormFields(HtmlForm Form, IReadOnlyList<string> Texts, IReadOnlyList<string> Dates);

    private static async Task<FormFields> FieldsAsync(HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url}: {page}");
        var element = page.Document.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
            .First(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase));
        var texts = new List<string>();
        var dates = new List<string>();
        foreach (var field in element.Elements)
        {
            var name = field.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || field.HasAttribute("disabled") || field.HasAttribute("readonly"))
            {
                continue;
            }

            switch (field)
            {
                case IHtmlTextAreaElement:
                    texts.Add(name);
                    break;
                case IHtmlInputElement input when input.Type is "text" or "search" or "email" or "tel" or "url":
                    texts.Add(name);
                    break;
                case IHtmlInputElement input when input.Type == "date":
                    dates.Add(name);
                    break;
                default:
                    break;
            }
        }

        return new FormFields(page.Form(), texts, dates);
    }

    private static async Task<HttpResponseMessage> PostFilledAsync(HttpClient client, string url, string? textValue, string? dateValue)
    {
        var (form, texts, dates) = await FieldsAsync(client, url);
        Assert.True(texts.Count > 0 || dates.Count > 0, $"{url}: the form has no text or date field");
        foreach (var name in texts.Distinct())
        {
            // A typed personnummer stays valid so the form gets past it to the other fields.
            form.Set(name, textValue is not null && name.EndsWith("Personnummer", StringComparison.Ordinal) ? TestPersonnummer.NewAdult().Twelve : textValue ?? form[name] ?? string.Empty);
        }

        foreach (var name in dates.Distinct())
        {
            form.Set(name, dateValue ?? form[name] ?? string.Empty);
        }

        return await form.PostAsync(client);
    }
}

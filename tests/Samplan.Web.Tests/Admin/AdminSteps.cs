using System.Net;
using System.Net.Http.Headers;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Admin;

/// <summary>The administration pages tests share one app of their own: they add staff, units and
/// lockouts, which no other class should see.</summary>
[CollectionDefinition(Name)]
public sealed class AdminAppCollection : ICollectionFixture<AuditedAppFactory>
{
    public const string Name = "Admin app";
}

/// <summary>A staff account an administrator created in a test, with its temporary password.</summary>
public sealed record NewStaff(string UserId, string UserName, string DisplayName, string Password);

/// <summary>What an administrator does on /admin, and what the person they manage does next.</summary>
public static class AdminSteps
{
    public const string TemporaryPassword = "Tillfalligt-2026";

    /// <summary>Creates an account with a first assignment through /admin/staff and returns it.</summary>
    public static async Task<NewStaff> CreateStaffAsync(this HttpClient admin, Guid unitId, string title = "Sjuksköterska")
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var staff = new NewStaff(string.Empty, $"test.{suffix}", $"Tove Testberg {suffix}", TemporaryPassword);
        using var response = await admin.SubmitFormAsync("/admin/staff", form => form
            .Set("Input.DisplayName", staff.DisplayName)
            .Set("Input.UserName", staff.UserName)
            .Set("Input.Password", staff.Password)
            .Set("Input.UnitId", unitId.ToString())
            .Set("Input.Title", title));
        var path = response.RedirectPath();
        if (response.StatusCode != HttpStatusCode.Redirect || path is null || !path.StartsWith("/admin/staff/", StringComparison.Ordinal))
        {
            var page = await HtmlPage.ReadAsync(response);
            throw new InvalidOperationException($"Creating {staff.UserName} failed: {page} Errors: {string.Join(" | ", page.ErrorSummary.Concat(page.FieldErrors))}");
        }

        return staff with { UserId = Uri.UnescapeDataString(path["/admin/staff/".Length..]) };
    }

    /// <summary>Adds an assignment on the person's page; returns the answer (a redirect when saved).</summary>
    public static async Task<HttpResponseMessage> AddAssignmentAsync(this HttpClient admin, string userId, Guid unitId, string title = "Vikarie")
    {
        var page = await admin.GetPageAsync(StaffUrl(userId));
        return await page.Form("form[action*='handler=Add']")
            .Set("NewAssignment.UnitId", unitId.ToString())
            .Set("NewAssignment.Title", title)
            .PostAsync(admin);
    }

    /// <summary>Clicks "Ta bort" on the row of the unit named <paramref name="unitName"/>.</summary>
    public static async Task<HttpResponseMessage> RemoveAssignmentAsync(this HttpClient admin, string userId, string unitName)
    {
        var page = await admin.GetPageAsync(StaffUrl(userId));
        var row = page.Document.QuerySelectorAll("main table tbody tr")
            .FirstOrDefault(tr => tr.QuerySelector("td")?.TextContent.Trim() == unitName)
            ?? throw new InvalidOperationException($"No assignment for {unitName} on {page}");
        var form = row.QuerySelector("form[action*='handler=Remove']") as AngleSharp.Html.Dom.IHtmlFormElement
            ?? throw new InvalidOperationException($"The {unitName} row has no remove button: {page}");
        return await new HtmlForm(form, page.Url).PostAsync(admin);
    }

    /// <summary>Clicks "Ge roll" (<paramref name="handler"/> Grant) or "Ta bort roll" (Revoke) for
    /// <paramref name="role"/> on the row of the unit whose name contains <paramref name="unitName"/>.</summary>
    public static async Task<HttpResponseMessage> ClickRoleAsync(this HttpClient admin, string userId, string handler, string role, string unitName)
    {
        var page = await admin.GetPageAsync(StaffUrl(userId));
        var row = page.Document.QuerySelectorAll("main table tbody tr")
            .FirstOrDefault(tr => tr.QuerySelector("td")?.TextContent.Contains(unitName, StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"No assignment for {unitName} on {page}");
        var form = row.QuerySelectorAll($"form[action*='handler={handler}']")
            .FirstOrDefault(f => f.QuerySelector($"input[name=role][value={role}]") is not null) as AngleSharp.Html.Dom.IHtmlFormElement
            ?? throw new InvalidOperationException($"The {unitName} row has no {handler} button for {role}: {page}");
        return await new HtmlForm(form, page.Url).PostAsync(admin);
    }

    public static string StaffUrl(string userId) => "/admin/staff/" + Uri.EscapeDataString(userId);

    /// <summary>Signs in with a password and, when the person has several assignments, chooses the
    /// unit whose label contains <paramref name="unitName"/>.</summary>
    public static async Task SignInForUnitAsync(this HttpClient client, string userName, string password, string unitName)
    {
        await client.SignInAsync(userName, password);
        var page = await client.GetPageAsync("/account/unit");
        var radio = page.Document.QuerySelectorAll("main input[type=radio][name=unitId]")
            .FirstOrDefault(r => page.Document.QuerySelector($"label[for='{r.Id}']")?.TextContent.Contains(unitName, StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"{userName} has no unit named {unitName}: {page}");
        using var response = await page.Form().Set("unitId", radio.GetAttribute("value")!).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The unit the session acts for, as the page header says it.</summary>
    public static async Task<string> ActingForAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/cases/new");
        AssertPage.Ok(page);
        return HtmlPage.Collapse(page.Document.QuerySelector("header strong")?.TextContent);
    }

    /// <summary>Uploads a file on /admin/units as the browser sends it (multipart, with the form's token).</summary>
    public static async Task<HtmlPage> UploadUnitsAsync(this HttpClient admin, string fileName, byte[] content)
    {
        var form = (await admin.GetPageAsync("/admin/units")).Form();
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in form.Values)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/csv");
        body.Add(file, "Import.Upload", fileName);
        using var response = await admin.PostAsync(form.Action, body);
        return await HtmlPage.ReadAsync(response);
    }

    /// <summary>The import report's facts ("Godtagna rader" → "2 (2 skapade, …)").</summary>
    public static IReadOnlyDictionary<string, string> ReportFacts(this HtmlPage page)
    {
        var report = page.Document.QuerySelector("main section[role=status]")
            ?? throw new InvalidOperationException($"No import report on {page} Errors: {string.Join(" | ", page.ErrorSummary.Concat(page.FieldErrors))}");
        return report.QuerySelectorAll("dt").ToDictionary(dt => HtmlPage.Collapse(dt.TextContent), dt => HtmlPage.Collapse(dt.NextElementSibling?.TextContent));
    }

    /// <summary>A suffix for fresh HSA ids: upper-case letters and digits only.</summary>
    public static string NewHsaSuffix() => "T" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();
}

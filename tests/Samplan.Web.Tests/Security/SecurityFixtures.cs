using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Samplan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samplan.Web.Tests.Security;

/// <summary>The security classes that do not move the clock share one app of their own, so they
/// run beside the other collections instead of after them.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SamplanFactory>
{
    public const string Name = "Security";
}

/// <summary>Security classes that move the fake clock (consent expiry, idle timeout, lockout
/// end) share another app, so "today" moves for nobody else.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityClockCollection : ICollectionFixture<SamplanFactory>
{
    public const string Name = "Security, own clock";
}

/// <summary>The demo app with two-factor sign-in forced on (Samplan:RequireTwoFactor=true).</summary>
public sealed class TwoFactorFactory(IMessageSink diagnostics) : SamplanFactory(diagnostics, TestDatabase.FromEnvironment())
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Samplan:RequireTwoFactor", "true")];
}

/// <summary>The demo app in the Development environment (plain-http cookie names).</summary>
public sealed class DevelopmentFactory(IMessageSink diagnostics) : SamplanFactory(diagnostics, TestDatabase.FromEnvironment())
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}

/// <summary>
/// Signed-in clients kept for the life of one app, for tests that send many requests as the same
/// few single-unit users (the authorization matrix): signing in costs a password hash each time.
/// Each use checks that the session still lives (a sign-out anywhere renews the user's security
/// stamp and ends it) and signs in again if not. Never dispose a pooled client or change its
/// acting unit; tests in one collection run one at a time, so nobody shares it concurrently.
/// </summary>
public static class SessionPool
{
    private static readonly ConditionalWeakTable<SamplanFactory, ConcurrentDictionary<string, Lazy<Task<HttpClient>>>> Pools = new();

    public static async Task<HttpClient> PooledClientAsync(this SamplanFactory factory, string userName)
    {
        var pool = Pools.GetValue(factory, _ => new ConcurrentDictionary<string, Lazy<Task<HttpClient>>>(StringComparer.Ordinal));
        var client = await pool.GetOrAdd(userName, user => new Lazy<Task<HttpClient>>(() => factory.SignedInAsync(user))).Value;
        using var probe = await client.GetUrlAsync("/manual-forms");
        if (probe.StatusCode != HttpStatusCode.OK)
        {
            await client.SignInAsync(userName);
        }

        return client;
    }
}

/// <summary>What a case looks like to a unit that may see it: the phase, the number of history
/// entries and the concurrency version. Any saved change moves at least the version.</summary>
public sealed record CaseState(string Phase, int HistoryCount, string Version);

/// <summary>Small steps the security tests share.</summary>
public static class Sec
{
    public const string AntiforgeryField = HtmlForm.AntiforgeryField;

    /// <summary>A new client signed in as <paramref name="userName"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(this SamplanFactory factory, string userName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.NewClient();
        await client.SignInAsync(userName);
        return client;
    }

    /// <summary>The anti-forgery token a page would give this client now (signed in or not).</summary>
    public static async Task<string> TokenAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/account/login");
        return page.Form("form.language-form")[AntiforgeryField]
            ?? throw new InvalidOperationException("The sign-in page has no anti-forgery token.");
    }

    public static Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> GetUrlAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.GetAsync(new Uri(url, UriKind.Relative));
    }

    /// <summary>The case as <paramref name="viewer"/> sees it; fails unless the viewer may see it.</summary>
    public static async Task<CaseState> StateAsync(this HttpClient viewer, Guid caseId)
    {
        var page = await viewer.GetPageAsync($"/cases/{caseId}");
        Assert.True(page.Status == HttpStatusCode.OK, $"The case page should be shown: {page}");
        var phase = HtmlPage.Collapse(page.Document.QuerySelector(".status-panel .phase")?.TextContent);
        var history = page.Document.QuerySelectorAll("ol.history li").Length;
        // The withdrawal form is shown for every case the unit may see and carries the version.
        var form = await viewer.GetPageAsync($"/cases/{caseId}/consent/withdraw");
        Assert.True(form.Status == HttpStatusCode.OK, $"The withdrawal form should be shown: {form}");
        return new CaseState(phase, history, form.Form()["Version"] ?? "?");
    }

    /// <summary>The HTML without what differs between two answers to the same request: the
    /// anti-forgery token values and the static files' version hashes.</summary>
    public static string Stable(string html) =>
        Regex.Replace(
            Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "token"),
            @"\?v=[A-Za-z0-9_\-]+", "?v=");

    /// <summary>Fails when the (stable part of the) body holds any of the texts.</summary>
    public static void ShowsNone(string html, string where, params string[] texts)
    {
        var stable = Stable(html);
        foreach (var text in texts)
        {
            Assert.False(stable.Contains(text, StringComparison.OrdinalIgnoreCase), $"{where} must not contain \"{text}\".");
        }
    }

    /// <summary>Every form of a personnummer and the name, for "reveals nothing" checks.</summary>
    public static string[] Traces(TestPersonnummer number, params string[] nameParts)
    {
        ArgumentNullException.ThrowIfNull(number);
        return [number.Twelve, number.WithHyphen, number.Ten, number.Ten.Replace("-", string.Empty, StringComparison.Ordinal), .. nameParts];
    }

    public static string[] SvenTraces => [Demo.Sven.Twelve, Demo.Sven.WithHyphen, Demo.Sven.Ten, Demo.Sven.TenDigits, "5130", "Sven", "Karlsson"];

    /// <summary>A fictitious family name no other test uses, made of letters only.</summary>
    public static string UniqueName(string stem)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var suffix = new string([.. Enumerable.Range(0, 8).Select(_ => letters[Random.Shared.Next(letters.Length)])]);
        return stem + suffix;
    }

    /// <summary>The case links in the case list the client sees for the query.</summary>
    public static async Task<HtmlPage> ListAsync(this HttpClient client, string query = "show=All") =>
        await client.GetPageAsync("/?" + query);

    public static IReadOnlyList<string> CaseLinks(HtmlPage list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Links("table.cases tbody a");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Api;

/// <summary>What another system does with the JSON API, as steps over HTTP with the pages' session.</summary>
public static class ApiSteps
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ReadAsync(response, expected, $"GET {url}");
    }

    /// <summary>POSTs <paramref name="body"/> as application/json (an empty object when null).</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body ?? new { });
    }

    /// <summary>POSTs the text as it is, with the given content type: for what a client should not send.</summary>
    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string text, string contentType = "application/json")
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(text, Encoding.UTF8, contentType));
    }

    /// <summary>The body as JSON, failing with the body unless the status is <paramref name="expected"/>.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location} {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>A problem details answer: its status, content type and rule codes checked.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected, params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(response);
        var problem = await ReadAsync(response, expected, "problem");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        foreach (var code in codes)
        {
            Assert.Contains(code, problem.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        }

        return problem;
    }

    /// <summary>The acting unit's invitation row for <paramref name="caseId"/> in GET /api/v1/invitations.</summary>
    public static async Task<JsonElement> InvitationForAsync(this HttpClient client, Guid caseId)
    {
        var list = await client.GetJsonAsync("/api/v1/invitations");
        var rows = list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("caseId").GetGuid() == caseId).ToList();
        Assert.True(rows.Count == 1, $"Expected one invitation of {caseId} in {list}");
        return rows[0];
    }

    /// <summary>An answer naming the invitation and version the row shows.</summary>
    public static object Answer(JsonElement invitation, string answer, string? attendees = null, string? declineReason = null) => new
    {
        invitationId = invitation.GetProperty("invitationId").GetGuid(),
        sequence = invitation.GetProperty("sequence").GetInt32(),
        answer,
        attendees,
        declineReason,
    };

    public static async Task<HttpClient> SignedInAsync(this SamplanFactory factory, string user)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.NewClient();
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>A new case of Vårdcentralen Gottsunda with consent and purpose, the given units invited to a meeting in a week.</summary>
    public static async Task<(HttpClient Anna, Guid CaseId)> InvitedCaseAsync(this SamplanFactory factory, params Guid[] units)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var anna = await factory.SignedInAsync(Demo.Anna);
        var caseId = await anna.StartCaseAsync(TestPersonnummer.NewAdult(), givenName: "Api", familyName: "Anropsson");
        await CaseSteps.ExpectSavedAsync(await anna.RecordConsentAsync(caseId, "Api Anropsson", factory.Today), caseId, "Consent");
        await CaseSteps.ExpectSavedAsync(await anna.SavePreparationAsync(caseId, "Samordna stödet", "En plan"), caseId, "Preparation");
        await CaseSteps.ExpectSavedAsync(await anna.SendInvitationAsync(caseId, factory.Today.AddDays(7), units), caseId, "Invitation");
        return (anna, caseId);
    }
}

using System.Net;
using System.Text.Json;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Api;

/// <summary>The OpenAPI document at /openapi/v1.json: public (it holds no data of anyone), JSON,
/// and about the API only: every /api/v1 operation with its summary and answers, no page.</summary>
[Collection(SamplanCollection.Name)]
public sealed class OpenApiDocumentTests(SamplanFactory factory)
{
    [Fact]
    public async Task The_document_lists_the_API_with_summaries_and_problem_answers_and_no_page()
    {
        using var client = factory.NewClient();
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(
            ["/api/v1/cases/{id}/invitation/answer", "/api/v1/inbox", "/api/v1/invitations", "/api/v1/messages/{id}", "/api/v1/messages/{id}/acknowledge"],
            paths.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(paths.Keys, p => p.StartsWith("/cases", StringComparison.Ordinal) || p.StartsWith("/inbox", StringComparison.Ordinal) || p.StartsWith("/account", StringComparison.Ordinal) || p == "/health");

        var answer = paths["/api/v1/cases/{id}/invitation/answer"].GetProperty("post");
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("summary").GetString()));
        var codes = answer.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Superset(new HashSet<string> { "200", "401", "404", "409", "415", "422" }, codes.ToHashSet());
        Assert.True(answer.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(answer.GetProperty("responses").GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _));

        foreach (var (path, item) in paths)
        {
            foreach (var operation in item.EnumerateObject())
            {
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()), $"{operation.Name} {path} has no summary");
                Assert.True(operation.Value.GetProperty("responses").TryGetProperty("401", out _), $"{operation.Name} {path} does not say 401");
            }
        }
    }
}

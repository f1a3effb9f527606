using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// Case ids cannot be probed (docs/security.md): a case that does not exist, a case of another
/// organisation, a guessed id next to a real one and an id that is not an id at all all answer
/// the same 404, byte for byte apart from the anti-forgery tokens. Person ids never appear in a
/// route at all.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class IdGuessingTests(SamplanFactory factory)
{
    private static readonly string[] CaseRoutes = [string.Empty, "/plan/print", "/consent"];

    [Fact]
    public async Task Random_sequential_and_other_organisations_real_case_ids_all_answer_the_same_404()
    {
        // Försäkringskassan takes part in none of the demo cases 0d…01–06; 07–20 do not exist.
        using var per = await factory.SignedInAsync(Demo.Per);
        var ids = Enumerable.Range(1, 20).Select(Sequential)
            .Concat(Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()))
            .Append(Guid.Empty)
            .ToList();

        foreach (var route in CaseRoutes)
        {
            var reference = await NotFoundBodyAsync(per, $"/cases/{Guid.NewGuid()}{route}");
            foreach (var id in ids)
            {
                Assert.Equal(reference, await NotFoundBodyAsync(per, $"/cases/{id}{route}"));
            }
        }
    }

    [Theory]
    [InlineData(Demo.Johan, "0d000000-0000-0000-0000-000000000001")] // Gunnel: Hemtjänst has her initiative, but no consent covers it yet
    [InlineData(Demo.Maria, "0d000000-0000-0000-0000-000000000003")] // Elsa: Elevhälsan is not (yet) invited
    [InlineData(Demo.Lena, "0d000000-0000-0000-0000-000000000005")] // Sven: Biståndshandläggning takes no part
    public async Task A_real_case_of_another_unit_answers_exactly_like_a_case_that_does_not_exist(string userName, string caseId)
    {
        using var client = await factory.SignedInAsync(userName);

        foreach (var route in CaseRoutes)
        {
            var missing = await NotFoundBodyAsync(client, $"/cases/{Guid.NewGuid()}{route}");
            Assert.Equal(missing, await NotFoundBodyAsync(client, $"/cases/{caseId}{route}"));
        }
    }

    [Theory]
    [InlineData("/cases/not-a-guid")]
    [InlineData("/cases/123")]
    [InlineData("/cases/0d000000-0000-0000-0000-00000000000g")]
    [InlineData("/cases/0d000000-0000-0000-0000-000000000005x")]
    [InlineData("/cases/0d000000-0000-0000-0000-00000000005")]
    [InlineData("/cases/%27%20OR%201%3D1--")]
    [InlineData("/cases/..%2F..%2Fadmin")]
    [InlineData("/cases/not-a-guid/plan/print")]
    [InlineData("/cases/123/consent/withdraw")]
    public async Task Malformed_case_ids_answer_the_same_404_as_a_missing_case(string url)
    {
        // anna.lind takes part in every demo case, so a 404 here cannot come from visibility.
        var anna = await factory.PooledClientAsync(Demo.Anna);

        var missing = await NotFoundBodyAsync(anna, $"/cases/{Guid.NewGuid()}");

        Assert.Equal(missing, await NotFoundBodyAsync(anna, url));
    }

    [Theory]
    [InlineData("/individuals/{0}")]
    [InlineData("/individual/{0}")]
    [InlineData("/people/{0}")]
    [InlineData("/persons/{0}")]
    [InlineData("/cases/{0}")]
    [InlineData("/cases/{0}/plan/print")]
    [InlineData("/audit/person/{0}")]
    public async Task A_persons_id_opens_nothing_even_for_a_unit_that_sees_the_persons_case(string pattern)
    {
        // 0c…05 is Sven himself; anna.lind sees his case 0d…05.
        var anna = await factory.PooledClientAsync(Demo.Anna);
        using var ownCase = await anna.GetUrlAsync($"/cases/{Demo.Sven.CaseId}");
        Assert.Equal(HttpStatusCode.OK, ownCase.StatusCode);

        var url = string.Format(CultureInfo.InvariantCulture, pattern, "0c000000-0000-0000-0000-000000000005");
        var body = await NotFoundBodyAsync(anna, url);

        Sec.ShowsNone(body, url, Sec.SvenTraces);
    }

    [Fact]
    public void No_route_takes_a_persons_id()
    {
        var patterns = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern)
            .ToList();

        Assert.NotEmpty(patterns);
        // Route parameters are case ids (/cases/{id}, /api/v1/cases/{id}), message ids (/inbox/{id}, /api/v1/messages/{id}), review ids (/audit/review/{id}), a staff
        // user id for administrators, an HTTP status code, the API's catch-all and the OpenAPI document's name: never an individual's id or number.
        var parameters = patterns
            .SelectMany(p => p.Parameters.Select(parameter => $"/{p.RawText?.TrimStart('/')} {{{parameter.Name}}}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.All(parameters, p => Assert.True(
            p.StartsWith("/cases/{id:guid}", StringComparison.Ordinal) && p.EndsWith("{id}", StringComparison.Ordinal)
            || p == "/inbox/{id:guid} {id}"
            || (p.StartsWith("/api/v1/cases/{id:guid}/", StringComparison.Ordinal) && p.EndsWith("{id}", StringComparison.Ordinal))
            || (p.StartsWith("/api/v1/messages/{id:guid}", StringComparison.Ordinal) && p.EndsWith("{id}", StringComparison.Ordinal))
            || p == "/api/{**rest} {rest}"
            || p == "/openapi/{documentName}.json {documentName}"
            || p == "/audit/review/{id:guid} {id}"
            || p == "/admin/staff/{userId} {userId}"
            || p == "/status/{code:int} {code}",
            $"Unexpected route parameter: {p}. All: {string.Join(", ", parameters)}"));
        Assert.DoesNotContain(patterns, p => (p.RawText ?? string.Empty).Contains("individual", StringComparison.OrdinalIgnoreCase)
            || (p.RawText ?? string.Empty).Contains("personnummer", StringComparison.OrdinalIgnoreCase));
    }

    private static Guid Sequential(int n) => Guid.Parse($"0d000000-0000-0000-0000-{n:x12}");

    private static async Task<string> NotFoundBodyAsync(HttpClient client, string url)
    {
        using var response = await client.GetUrlAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url}: expected 404, got {(int)response.StatusCode} {response.Headers.Location}");
        return Sec.Stable(html);
    }
}

using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Api;

/// <summary>The API answers a program as a program expects: 401 problem details without a session
/// (never the sign-in page's redirect), 404 problem details for a path
/// that does not exist; the pages keep their redirect.</summary>
[Collection(SamplanCollection.Name)]
public sealed class ApiAccessTests(SamplanFactory factory)
{
    [Theory]
    [InlineData("GET", "/api/v1/inbox")]
    [InlineData("GET", "/api/v1/invitations")]
    [InlineData("GET", "/api/v1/messages/0b000000-0000-0000-0000-000000000001")]
    [InlineData("POST", "/api/v1/messages/0b000000-0000-0000-0000-000000000001/acknowledge")]
    [InlineData("POST", "/api/v1/cases/0d000000-0000-0000-0000-000000000005/invitation/answer")]
    public async Task Without_a_session_the_API_is_401_problem_details_not_a_redirect(string method, string url)
    {
        using var client = factory.NewClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(new { });
        }

        using var response = await client.SendAsync(request);

        Assert.Null(response.Headers.Location);
        var problem = await ApiSteps.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Inte inloggad", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_pages_still_send_a_visitor_without_a_session_to_sign_in()
    {
        using var client = factory.NewClient();
        using var response = await client.GetAsync(new Uri("/inbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_under_the_API_that_does_not_exist_is_404_problem_details()
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);

        using var response = await anna.GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative));

        await ApiSteps.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}

using System.Net;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Health;

[Collection(SamplanCollection.Name)]
public sealed class HealthTests(SamplanFactory factory)
{
    [Fact]
    public async Task Health_answers_200_when_database_is_reachable()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Its own app: one whose database cannot be reached. Startup logs the failed migration and goes on.</summary>
public sealed class UnreachableDatabaseHealthTests(UnreachableDatabaseFactory factory) : IClassFixture<UnreachableDatabaseFactory>
{
    [Fact]
    public async Task Health_answers_503_when_database_is_unreachable()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("database unreachable", await response.Content.ReadAsStringAsync());
    }

}

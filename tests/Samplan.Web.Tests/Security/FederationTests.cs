using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Samplan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samplan.Web.Tests.Security;

/// <summary>
/// The demo app with OpenID Connect federation configured. The identity provider lies outside the
/// machine, so its discovery document is given in advance (the one thing mocked); everything on
/// Samplan's side runs for real.
/// </summary>
public sealed class FederatedFactory(IMessageSink diagnostics) : SamplanFactory(diagnostics, TestDatabase.FromEnvironment())
{
    public const string AuthorizeEndpoint = "https://idp.example.test/authorize";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Authentication:Oidc:Authority", "https://idp.example.test"),
        new("Authentication:Oidc:ClientId", "samplan-test"),
        new("Authentication:Oidc:ClientSecret", "not-a-secret"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.PostConfigure<OpenIdConnectOptions>("oidc", options =>
            {
                options.Configuration = new OpenIdConnectConfiguration { AuthorizationEndpoint = AuthorizeEndpoint, Issuer = "https://idp.example.test" };
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(options.Configuration);
            }));
    }
}

public sealed class FederationTests(FederatedFactory factory) : IClassFixture<FederatedFactory>
{
    [Fact]
    public async Task The_sign_in_page_offers_the_federated_identity_provider_when_configured()
    {
        using var client = factory.NewClient();

        var page = await client.GetPageAsync("/account/login");

        Assert.Contains("SITHS", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Federated_sign_in_sends_the_user_to_the_identity_provider_with_pkce()
    {
        using var client = factory.NewClient();
        var page = await client.GetPageAsync("/account/login");

        using var response = await page.Form("form[action='/account/external']").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(FederatedFactory.AuthorizeEndpoint, location, StringComparison.Ordinal);
        Assert.Contains("client_id=samplan-test", location, StringComparison.Ordinal);
        Assert.Contains("code_challenge=", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_without_a_matching_account_signs_nobody_in_and_says_why()
    {
        using var client = factory.NewClient();

        var page = await client.GetPageAsync("/account/external");

        Assert.Contains("inte kopplad", page.MainText, StringComparison.Ordinal);
        using var list = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/account/login", list.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}

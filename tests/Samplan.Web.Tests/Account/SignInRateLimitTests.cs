using System.Net;
using Samplan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samplan.Web.Tests.Account;

/// <summary>An app that allows three sign-in attempts per address and minute.</summary>
public sealed class LowSignInLimitFactory(IMessageSink diagnostics) : SamplanFactory(diagnostics, TestDatabase.FromEnvironment())
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Samplan:SignInAttemptsPerMinute", "3")];
}

public sealed class SignInRateLimitTests(LowSignInLimitFactory factory) : IClassFixture<LowSignInLimitFactory>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_answer_429_with_an_explanation()
    {
        using var client = factory.NewClient();
        var login = await client.GetPageAsync("/account/login");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await login.Form().Set("Input.UserName", Demo.Johan).Set("Input.Password", $"fel-{attempt}").PostAsync(client);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await login.Form().Set("Input.UserName", Demo.Johan).Set("Input.Password", Demo.Password).PostAsync(client);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("För många inloggningsförsök", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var page = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}

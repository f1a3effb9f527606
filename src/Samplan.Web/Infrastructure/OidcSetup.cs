using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Samplan.Web.Infrastructure;

/// <summary>
/// OpenID Connect federation with a production identity provider (for example one issuing SITHS
/// identities). Configured under <c>Authentication:Oidc</c>; absent configuration means local
/// accounts only. Staff are matched on their HSA id claim, never created on the fly.
/// </summary>
public static class OidcSetup
{
    public const string Scheme = "oidc";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?["Authentication:Oidc:Authority"]);

    public static string HsaIdClaim(IConfiguration configuration) =>
        configuration?["Authentication:Oidc:HsaIdClaim"] is { Length: > 0 } claim ? claim : "hsa_id";

    public static IServiceCollection AddSamplanOidc(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsConfigured(configuration))
        {
            return services;
        }

        var section = configuration.GetSection("Authentication:Oidc");
        services.AddAuthentication().AddOpenIdConnect(Scheme, section["DisplayName"] ?? "SITHS", options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = section["Authority"];
            options.ClientId = section["ClientId"];
            options.ClientSecret = section["ClientSecret"];
            options.ResponseType = "code";
            options.UsePkce = true;
            options.SaveTokens = false;
            options.MapInboundClaims = false;
            options.CallbackPath = "/signin-oidc";
            options.Scope.Clear();
            foreach (var scope in (section["Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                options.Scope.Add(scope);
            }

            if (section["MetadataAddress"] is { Length: > 0 } metadata)
            {
                options.MetadataAddress = metadata;
            }
        });
        return services;
    }
}

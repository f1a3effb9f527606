using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Samplan.Data;
using Samplan.Data.Identity;

namespace Samplan.Web.Infrastructure;

public static class IdentitySetup
{
    public static IServiceCollection AddSamplanIdentity(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<SamplanDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/login";
            options.Cookie.Name = "samplan.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
        });

        // The acting unit is a session choice, not a stored claim: keep it when Identity
        // refreshes the principal after validating the security stamp.
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.OnRefreshingPrincipal = context =>
            {
                var kept = context.CurrentPrincipal?.FindAll(c => c.Type is SamplanClaims.Unit or SamplanClaims.UnitName or SamplanClaims.Organisation or SamplanClaims.DisplayName).ToList() ?? [];
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaims(kept);
                }

                return Task.CompletedTask;
            });

        // Fail closed: every endpoint needs a signed-in professional acting for a unit unless
        // it says otherwise.
        var staffPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(SamplanClaims.Unit).Build();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(staffPolicy)
            .AddPolicy(SamplanRoles.Auditor, p => p.Combine(staffPolicy).RequireRole(SamplanRoles.Auditor))
            .AddPolicy(SamplanRoles.UnitAdmin, p => p.Combine(staffPolicy).RequireRole(SamplanRoles.UnitAdmin));
        return services;
    }
}

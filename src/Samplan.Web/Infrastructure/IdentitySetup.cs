using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samplan.Data;
using Samplan.Data.Identity;

namespace Samplan.Web.Infrastructure;

public static class IdentitySetup
{
    public static IServiceCollection AddSamplanIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        // Outside development every cookie is __Host- prefixed and sent over TLS only. The embedded
        // development default runs on plain http, where a Secure cookie cannot be set by the server.
        var secure = !environment.IsDevelopment();
        var prefix = secure ? "__Host-" : string.Empty;
        var policy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

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

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SamplanOptions>>((options, samplan) =>
            {
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/denied";
                options.Cookie.Name = prefix + "samplan";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = policy;
                options.Cookie.Path = "/";
                options.ExpireTimeSpan = TimeSpan.FromMinutes(samplan.Value.IdleTimeoutMinutes);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = ValidateSessionAsync;
            });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure(options =>
            {
                options.Cookie.Name = prefix + "samplan-2fa";
                options.Cookie.SecurePolicy = policy;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.Path = "/";
            });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = prefix + "samplan-af";
            options.Cookie.SecurePolicy = policy;
            options.Cookie.Path = "/";
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = prefix + "samplan-msg";
            options.Cookie.SecurePolicy = policy;
            options.Cookie.Path = "/";
        });

        // Check the security stamp on every request, so signing out (which renews it) ends the
        // session at once, even for a copied cookie. The acting unit is a session choice, not a
        // stored claim: keep it when Identity refreshes the principal.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.Zero;
            options.OnRefreshingPrincipal = context =>
            {
                var kept = context.CurrentPrincipal?.FindAll(c => c.Type.StartsWith("samplan:", StringComparison.Ordinal)).ToList() ?? [];
                if (context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaims(kept);
                }

                return Task.CompletedTask;
            };
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

    /// <summary>The session is valid only while the security stamp is unchanged and the user still
    /// holds the assignment for the unit they act for.</summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        var principal = context.Principal;
        if (principal is null || !Guid.TryParse(principal.FindFirstValue(SamplanClaims.Unit), out var unitId))
        {
            return;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<SamplanDbContext>();
        // The stamp is compared here too: SecurityStampValidator skips its check unless time has
        // passed since the cookie was issued (interval zero, compared with ">").
        var stamp = principal.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
        var current = await db.Users
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, Assigned = db.StaffAssignments.Any(a => a.UserId == userId && a.UnitId == unitId) })
            .SingleOrDefaultAsync();
        if (current is null || !current.Assigned || stamp != current.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}

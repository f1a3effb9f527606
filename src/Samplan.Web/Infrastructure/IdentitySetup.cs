using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        // Identity's role-aware factory would put the user's global Identity roles into every
        // principal it makes (at sign-in and at each refresh). Roles belong to assignments in
        // one organisation instead (SamplanRoles), so the principal gets no Identity roles.
        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<StaffUser>, UserClaimsPrincipalFactory<StaffUser>>());

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
        // stored claim: keep it, and the roles held in its organisation, when Identity refreshes
        // the principal.
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
            .AddPolicy(SamplanRoles.Auditor, p => p.Combine(staffPolicy).RequireClaim(SamplanClaims.Role, SamplanRoles.Auditor))
            .AddPolicy(SamplanRoles.UnitAdmin, p => p.Combine(staffPolicy).RequireClaim(SamplanClaims.Role, SamplanRoles.UnitAdmin));
        return services;
    }

    /// <summary>The session is valid only while the security stamp is unchanged and the user still
    /// holds the assignment for the unit they act for. Its roles follow the assignments on every
    /// request: a role revoked on the assignment is gone from the next request on, without
    /// ending the session.</summary>
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
            return;
        }

        IReadOnlyList<string> held = Guid.TryParse(principal.FindFirstValue(SamplanClaims.Organisation), out var organisationId)
            ? await db.HeldInOrganisationAsync(userId!, organisationId)
            : [];
        var inSession = principal.FindAll(SamplanClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        if (!inSession.SequenceEqual(held, StringComparer.Ordinal))
        {
            context.ReplacePrincipal(WithRoles(principal, held));
            context.ShouldRenew = true;
        }
    }

    private static ClaimsPrincipal WithRoles(ClaimsPrincipal principal, IReadOnlyList<string> roles)
    {
        var copy = principal.Clone();
        var identity = (ClaimsIdentity)copy.Identity!;
        foreach (var claim in identity.FindAll(SamplanClaims.Role).ToList())
        {
            identity.RemoveClaim(claim);
        }

        identity.AddClaims(roles.Select(role => new Claim(SamplanClaims.Role, role)));
        return copy;
    }
}

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
using Samplan.Domain.Directory;

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
    /// <remarks>At most one statement per request (docs/benchmarks.md, "Session check"), none while
    /// <see cref="SessionCache"/> serves it (PostgreSQL, where every node hears of every revocation). Identity's
    /// SecurityStampValidator is not used: with a zero interval it ran three Identity queries and
    /// rebuilt and re-issued the cookie on every response. Here one query reads the stamp, the
    /// user's assignments in the acting organisation and their roles together, and the cookie is
    /// re-issued only when the roles changed (or the handler's sliding renewal is due). Every node
    /// reads the database or a cache that every change revokes, so sign-out (which renews the stamp)
    /// and a withdrawn assignment end the session on the next request on every node.</remarks>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal is null || userId is null)
        {
            await RejectAsync(context);
            return;
        }

        var services = context.HttpContext.RequestServices;
        var stamp = principal.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
        var acting = Guid.TryParse(principal.FindFirstValue(SamplanClaims.Unit), out var unitId);
        var organisationId = Guid.TryParse(principal.FindFirstValue(SamplanClaims.Organisation), out var parsed) ? parsed : Guid.Empty;

        var sessions = services.GetRequiredService<SessionCache>();
        if (!sessions.TryGet(userId, organisationId, out var rows))
        {
            // The generation before the read: a revocation while reading keeps this read out of the cache.
            var generation = sessions.Generation;
            var read = new List<SessionRow>();
            var db = services.GetRequiredService<SamplanDbContext>();
            await foreach (var row in SessionRows(db, userId, organisationId).WithCancellation(context.HttpContext.RequestAborted))
            {
                read.Add(row);
            }

            sessions.Add(userId, organisationId, read, generation);
            rows = read;
        }

        if (rows.Count == 0 || stamp is null || stamp != rows[0].SecurityStamp || (acting && !rows.Any(x => x.UnitId == unitId)))
        {
            await RejectAsync(context);
            return;
        }

        if (!acting)
        {
            // Signed in but no unit chosen yet: the fallback policy sends them to choose one.
            return;
        }

        // The kind of the unit acted for, read with the assignment, for the case pages' access
        // decision on this request (CaseAuthorizer): no second look at the unit.
        if (rows.First(x => x.UnitId == unitId).UnitKind is { } kind)
        {
            context.HttpContext.Features.Set(new ActingUnitFeature(unitId, kind));
        }

        var held = rows.Select(x => x.Role).OfType<string>().Where(SamplanRoles.IsKnown).Distinct().Order(StringComparer.Ordinal).ToList();
        var inSession = principal.FindAll(SamplanClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        if (!inSession.SequenceEqual(held, StringComparer.Ordinal))
        {
            context.ReplacePrincipal(WithRoles(principal, held));
            context.ShouldRenew = true;
        }
    }

    /// <summary>One row per (assignment in the organisation, role), with the stamp and the unit's
    /// kind; plain LEFT JOINs, so both providers translate it as one statement (a collection
    /// projection needs APPLY, which SQLite lacks). Compiled: it runs on every signed-in request,
    /// and its shape never changes, so EF's per-call expression and cache-key work is skipped.</summary>
    private static readonly Func<SamplanDbContext, string, Guid, IAsyncEnumerable<SessionRow>> SessionRows =
        EF.CompileAsyncQuery((SamplanDbContext db, string userId, Guid organisationId) =>
            from u in db.Users.Where(u => u.Id == userId)
            from a in (from a in db.StaffAssignments
                       join n in db.Units on a.UnitId equals n.Id
                       where n.OrganisationId == organisationId
                       select new { a.Id, a.UserId, a.UnitId, n.Kind })
                .Where(a => a.UserId == u.Id)
                .DefaultIfEmpty()
            from r in db.StaffAssignmentRoles.Where(r => r.AssignmentId == a!.Id).DefaultIfEmpty()
            select new SessionRow(u.SecurityStamp, (Guid?)a!.UnitId, (UnitKind?)a!.Kind, (string?)r!.Role));

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
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

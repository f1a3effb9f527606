using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Features.Account;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Infrastructure;

/// <summary>Limits sign-in attempts (password and one-time codes) per client address.</summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var permits = http.RequestServices.GetRequiredService<IOptions<SamplanOptions>>().Value.SignInAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                // The name typed, when there is one, lets the refusal reach that user's organisation's auditors.
                var request = context.HttpContext.Request;
                var typed = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken))["Input.UserName"].ToString() : null;
                var name = SignInAudit.Normalize(typed);
                var user = name is null ? null : await context.HttpContext.RequestServices.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(name);
                await context.HttpContext.RequestServices.GetRequiredService<SignInAudit>()
                    .WriteAsync(AuditAction.RateLimited, user, name, detail: request.Path, cancellationToken: cancellationToken);
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(T("För många inloggningsförsök. Vänta en minut och försök igen.", "Too many sign-in attempts. Wait a minute and try again."), cancellationToken);
            };
        });
        return services;
    }
}

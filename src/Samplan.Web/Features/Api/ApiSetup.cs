using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.OpenApi;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samplan.Web.Features.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c> (docs/api.md): the same session, authorization and audit as
/// the pages, errors as problem details, and its OpenAPI document at <c>/openapi/v1.json</c>.
/// </summary>
public static class ApiSetup
{
    public const string Prefix = "/api";

    public static bool IsApi(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
    }

    public static IServiceCollection AddSamplanApi(this IServiceCollection services)
    {
        // Enums by name ("acknowledge", "dischargeReady"), as a client reads and writes them.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddOpenApi(options =>
        {
            // Only the API: the pages, /health and the unit type-ahead are not part of it.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Samplan API",
                    Version = "v1",
                    Description = "A unit's SIP inbox and its answers to invitations. Sign in as on the pages (the session cookie); POSTs take Content-Type: application/json only. Errors are RFC 9457 problem details in Swedish, or English with Accept-Language: en. See docs/api.md.",
                };
                return Task.CompletedTask;
            });
        });

        // An API caller without a session gets 401, and one without a chosen unit 403, as problem
        // details: a redirect to the sign-in page means nothing to a program.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var toLogin = options.Events.OnRedirectToLogin;
            var toDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context => IsApi(context.Request) ? ApiProblems.Unauthorized().ExecuteAsync(context.HttpContext) : toLogin(context);
            options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request) ? ApiProblems.NoUnit().ExecuteAsync(context.HttpContext) : toDenied(context);
        });
        return services;
    }

    /// <summary>For API paths, an exception or a bare status code (a route that does not exist, a
    /// method the route does not take) answers as problem details, not as the pages' HTML error.
    /// After the pages' status code pages, so these win for the API.</summary>
    public static IApplicationBuilder UseSamplanApiErrors(this IApplicationBuilder app) =>
        app.UseWhen(context => IsApi(context.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => ApiProblems.ServerError().ExecuteAsync(context) });
            api.UseStatusCodePages(context => ApiProblems.Status(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
        });

    /// <summary>An API client states its language the HTTP way (Accept-Language); the pages keep
    /// Swedish unless the user chose otherwise (CultureSetup).</summary>
    public static RequestCultureProvider AcceptLanguageForApi { get; } = new CustomRequestCultureProvider(context =>
        IsApi(context.Request)
            ? new AcceptLanguageHeaderRequestCultureProvider().DetermineProviderCultureResult(context)
            : Task.FromResult<ProviderCultureResult?>(null));

    public static IEndpointRouteBuilder MapSamplanApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix + "/v1")
            .WithTags("Samplan")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapInboxApi();
        api.MapInvitationApi();
        endpoints.Map(Prefix + "/{**rest}", () => ApiProblems.NotFound()).ExcludeFromDescription();

        // Public: the document describes the shape of the API and holds no data of anyone.
        endpoints.MapOpenApi().AllowAnonymous();
        return endpoints;
    }
}

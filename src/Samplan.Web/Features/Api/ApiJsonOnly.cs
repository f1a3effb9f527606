namespace Samplan.Web.Features.Api;

/// <summary>
/// Every POST of the API takes <c>Content-Type: application/json</c> and nothing else (415
/// otherwise). This is its defence against cross-site request forgery: the API is called with the
/// pages' session cookie, and the pages' anti-forgery token is not asked for, but a cross-site page
/// can only send a form's content types (urlencoded, multipart, text/plain) without a CORS
/// preflight, and the app enables no CORS, so a preflight is refused. The session cookie is
/// SameSite=Strict besides, so a cross-site request does not carry it at all in today's browsers.
/// </summary>
public static class ApiJsonOnly
{
    public static RouteHandlerBuilder RequiresJson(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.HasJsonContentType() ? await next(context) : ApiProblems.UnsupportedMediaType())
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>As <see cref="RequiresJson(RouteHandlerBuilder)"/>, with the body's shape for the OpenAPI document
    /// (the handler reads it itself, see <see cref="ApiBody"/>).</summary>
    public static RouteHandlerBuilder RequiresJson<TBody>(this RouteHandlerBuilder builder)
        where TBody : notnull =>
        builder.RequiresJson().Accepts<TBody>("application/json");
}

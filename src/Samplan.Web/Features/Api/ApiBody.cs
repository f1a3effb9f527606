using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Samplan.Web.Features.Api;

/// <summary>
/// Reads a POST's JSON body, up to <see cref="MaxBytes"/>: a bigger body is 413, a body that is not
/// JSON of the expected shape (a missing required field, an unknown answer) is 400, and a field
/// beyond the limit its page form has (<see cref="Infrastructure.Input.FieldLimitAttribute"/>) is a
/// 400 validation problem by field; none of them reaches the rules or the database.
/// </summary>
public static class ApiBody
{
    /// <summary>Far above any request the API takes (the longest field holds 1,000 characters).</summary>
    public const int MaxBytes = 64 * 1024;

    public static async Task<ApiRead<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return ApiRead<T>.Refused(ApiProblems.TooLarge(MaxBytes));
        }

        // Read with a bound of our own: a chunked body says no length up front.
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return ApiRead<T>.Refused(ApiProblems.TooLarge(MaxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        T? value;
        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            value = buffer.Length == 0 ? null : JsonSerializer.Deserialize<T>(buffer.ToArray(), options);
        }
        catch (JsonException ex)
        {
            return ApiRead<T>.Refused(ApiProblems.MalformedJson(ex.Path));
        }

        if (value is null)
        {
            return ApiRead<T>.Refused(ApiProblems.MalformedJson(null));
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
        {
            var errors = results
                .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Field: ApiProblems.JsonName(m), Message: r.ErrorMessage ?? string.Empty)))
                .GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
            return ApiRead<T>.Refused(ApiProblems.Invalid(errors));
        }

        return new ApiRead<T>(value, null);
    }
}

/// <summary>A body read: the value, or the problem to answer instead.</summary>
public sealed record ApiRead<T>(T? Value, IResult? Problem)
    where T : class
{
    public static ApiRead<T> Refused(IResult problem) => new(null, problem);
}

namespace Samplan.Web.Infrastructure;

/// <summary>What a form field means once typed: surrounding spaces never count, and a field left
/// blank is "not given" rather than an empty text.</summary>
public static class FormText
{
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string OrEmpty(string? value) => value?.Trim() ?? string.Empty;
}

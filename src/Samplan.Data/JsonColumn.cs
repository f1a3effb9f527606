using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samplan.Data;

/// <summary>
/// Stores an immutable domain value (a record or list of records) as one JSON text column. The
/// comparer compares serialized text, so a replaced or changed value is always detected.
/// </summary>
public static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        property.HasConversion(
            value => Serialize(value),
            text => Deserialize<T>(text),
            new JsonValueComparer<T>());
        return property;
    }

    /// <summary>On PostgreSQL the JSON columns are <c>jsonb</c>: validated on write, smaller, and
    /// open to indexes and queries into the document (statistics, search) later. SQLite keeps
    /// text. The columns are found by their comparer, which no other property uses.</summary>
    public static void UseJsonb(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            if (property.GetValueComparer() is IJsonValueComparer)
            {
                property.SetColumnType("jsonb");
            }
        }
    }

    private interface IJsonValueComparer;

    private sealed class JsonValueComparer<T>() : ValueComparer<T>(
        (a, b) => Serialize(a) == Serialize(b),
        value => Serialize(value).GetHashCode(StringComparison.Ordinal),
        value => Deserialize<T>(Serialize(value))), IJsonValueComparer;

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string text) => JsonSerializer.Deserialize<T>(text, Options)!;
}

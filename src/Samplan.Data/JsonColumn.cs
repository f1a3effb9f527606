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

    /// <summary>The values are immutable and the domain changes one only by replacing it, so the
    /// snapshot EF takes of every loaded row is the value itself, and an unchanged property (the
    /// same reference) is equal without serializing. Snapshotting by a JSON round trip made every
    /// tracked case load serialize and parse each document once more (docs/benchmarks.md, HTTP
    /// pages). A replaced value is still compared by its text, so writing back an equal value is
    /// no change.</summary>
    private sealed class JsonValueComparer<T>() : ValueComparer<T>(
        (a, b) => ReferenceEquals(a, b) || Serialize(a) == Serialize(b),
        value => Serialize(value).GetHashCode(StringComparison.Ordinal),
        value => value), IJsonValueComparer;

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string text) => JsonSerializer.Deserialize<T>(text, Options)!;
}

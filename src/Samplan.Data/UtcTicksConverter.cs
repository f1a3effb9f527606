using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Samplan.Data;

/// <summary>SQLite has no instant type; UTC ticks keep ordering and range filters in SQL.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    value => new DateTimeOffset(value, TimeSpan.Zero));

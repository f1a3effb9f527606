using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Samplan.Data;

public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);

using System.Globalization;

namespace Samplan.Web.Features.Audit;

/// <summary>The log stores UTC instants; auditors read and choose Swedish dates and times.</summary>
public static class StockholmTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public static string Format(DateTimeOffset at) =>
        Local(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The instant a Swedish day begins (midnight is never skipped by daylight saving in Sweden).</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone), TimeSpan.Zero);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}

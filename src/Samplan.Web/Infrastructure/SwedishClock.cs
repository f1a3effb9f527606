namespace Samplan.Web.Infrastructure;

/// <summary>Dates in a SIP are Swedish dates; the clock turns the injected TimeProvider's instant
/// into Swedish local time so deadlines and "today" are right around midnight.</summary>
public sealed class SwedishClock(TimeProvider time)
{
    public const string ZoneId = "Europe/Stockholm";

    private readonly TimeZoneInfo _stockholm = FindZone(TimeZoneInfo.FindSystemTimeZoneById);

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _stockholm);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The Swedish day of a stored moment (which the database gives back in UTC).</summary>
    public DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, _stockholm).DateTime);

    /// <summary>Without the zone every deadline would silently be an hour or two off (UTC), so a
    /// missing zone is a reason not to start (see <see cref="RequiredSettings"/>).</summary>
    public static TimeZoneInfo FindZone(Func<string, TimeZoneInfo> find)
    {
        ArgumentNullException.ThrowIfNull(find);
        try
        {
            return find(ZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidOperationException($"The time zone {ZoneId} is missing on this machine; install the time zone data (Debian: tzdata) or set TZDIR. Samplan does not start without it, since every SIP deadline is a Swedish date.", ex);
        }
    }
}

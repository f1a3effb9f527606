namespace Samplan.Web.Infrastructure;

/// <summary>Dates in a SIP are Swedish dates; the clock turns the injected TimeProvider's instant
/// into Swedish local time so deadlines and "today" are right around midnight.</summary>
public sealed class SwedishClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Stockholm = FindStockholm();

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Stockholm);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    private static TimeZoneInfo FindStockholm()
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

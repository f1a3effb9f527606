namespace Samplan.Web.Features.Notices;

/// <summary>When this node last looked for reminders to write: the job loop runs every quarter
/// second, the question is worth asking every few minutes. Per node; the notices' unique key keeps
/// two nodes from writing the same reminder twice.</summary>
public sealed class ReminderSchedule
{
    private DateTimeOffset? _last;

    public bool TryStart(DateTimeOffset now, TimeSpan interval)
    {
        lock (this)
        {
            if (_last is { } last && now - last < interval && now >= last)
            {
                return false;
            }

            _last = now;
            return true;
        }
    }
}

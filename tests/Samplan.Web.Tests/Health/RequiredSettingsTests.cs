using Samplan.Web.Infrastructure;
using Samplan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samplan.Web.Tests.Health;

/// <summary>
/// Production without a required setting refuses to start and says which (before, it started,
/// answered 200 on /health and then 500 on every audited page).
/// </summary>
public sealed class RequiredSettingsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Production_without_the_audit_key_refuses_to_start_and_names_the_setting()
    {
        await using var factory = new WithoutAuditKeyFactory(null);
        await factory.Database.CreateAsync();

        var refused = Record.Exception(() => factory.Server);

        Assert.NotNull(refused);
        var messages = Messages(refused);
        output.WriteLine(messages);
        Assert.Contains("Samplan:Audit:Key", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_audit_key_that_is_not_base64_refuses_start_with_a_message()
    {
        await using var factory = new WithoutAuditKeyFactory(null, "not base64 at all!");
        await factory.Database.CreateAsync();

        var refused = Record.Exception(() => factory.Server);

        Assert.NotNull(refused);
        Assert.Contains("not valid base64", Messages(refused), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_swedish_time_zone_is_a_reason_not_to_start_not_a_silent_utc()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            SwedishClock.FindZone(id => throw new TimeZoneNotFoundException(id)));

        Assert.Contains("Europe/Stockholm", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Europe/Stockholm", SwedishClock.FindZone(TimeZoneInfo.FindSystemTimeZoneById).Id);
    }

    private static string Messages(Exception exception)
    {
        var all = new List<string>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            all.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                all.AddRange(aggregate.InnerExceptions.Select(i => i.Message));
            }
        }

        return string.Join(" | ", all);
    }

    /// <summary>Outside demo mode, with no (or a broken) audit key.</summary>
    private sealed class WithoutAuditKeyFactory(IMessageSink? diagnostics, string? key = null) : SamplanFactory(diagnostics, TestDatabase.FromEnvironment())
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            key is null ? [new("Samplan:DemoMode", "false")] : [new("Samplan:DemoMode", "false"), new("Samplan:Audit:Key", key)];
    }
}

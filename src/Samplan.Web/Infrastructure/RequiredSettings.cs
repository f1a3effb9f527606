using Samplan.Web.Auditing;

namespace Samplan.Web.Infrastructure;

/// <summary>
/// What every audited page needs, resolved before the app answers anything: without it the app
/// would answer 200 on /health and then 500 on every page. Each missing piece is named, with
/// what to set, and the app refuses to start.
/// </summary>
public static class RequiredSettings
{
    public static void EnsureRequiredSettings(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var problems = new List<string>();
        Check(problems, () => app.Services.GetRequiredService<AuditKey>());
        Check(problems, () => app.Services.GetRequiredService<SwedishClock>());
        if (string.IsNullOrWhiteSpace(app.Configuration.GetConnectionString("Samplan")))
        {
            problems.Add("ConnectionStrings:Samplan is not set (see README, Configuration).");
        }

        var firstContact = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SamplanOptions>>().Value.FirstContactDays;
        if (firstContact is < 0 or > Domain.Cases.Deadlines.MaxFirstContactDays)
        {
            problems.Add($"Samplan:FirstContactDays is {firstContact}; it must be 0 to {Domain.Cases.Deadlines.MaxFirstContactDays} days (R-INIT-4).");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                app.Logger.LogCritical("Samplan cannot start: {Problem}", problem);
            }

            throw new InvalidOperationException("Samplan cannot start: " + string.Join(" ", problems));
        }
    }

    private static void Check(List<string> problems, Func<object> resolve)
    {
        try
        {
            _ = resolve();
        }
        catch (InvalidOperationException ex)
        {
            problems.Add(ex.Message);
        }
        catch (FormatException ex)
        {
            problems.Add($"A setting could not be read: {ex.Message}");
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Domain.Cases;
using Samplan.Domain.Messages;
using Samplan.Web.Auditing;

namespace Samplan.Bench;

/// <summary>The data set of the HTTP bench (<c>--generate-only SCALE --out FILE</c>): the same
/// synthetic country as the query bench, kept in a new PostgreSQL database, plus one local account
/// assigned to the busiest unit, whose pages bench/run-http.sh then loads through the real app.
/// What the script needs (connection string, audit key, user, a case with an agreed plan and the
/// name its pages must show) is written to FILE as shell assignments.</summary>
internal static class HttpDataSet
{
    public const string UserName = "bench.busiest";

    public const string PasswordEnvironmentVariable = "SAMPLAN_BENCH_PASSWORD";

    public static async Task<int> RunAsync(string server, double scale, int seed, string outPath, CancellationToken cancellationToken)
    {
        var password = Environment.GetEnvironmentVariable(PasswordEnvironmentVariable);
        if (string.IsNullOrEmpty(password) || password.Length < 10)
        {
            await Console.Error.WriteLineAsync($"--generate-only needs {PasswordEnvironmentVariable} (at least 10 characters): the bench user's password.");
            return 2;
        }

        var shape = DataShape.For(scale);
        var clock = Stopwatch.StartNew();
        // Kept: the web app and the one-row page read it after this process has ended.
        await using var target = await BenchTarget.CreatePostgresAsync(server, scale, keep: true, cancellationToken);
        Console.WriteLine($"  generating {shape.Label}: {shape.Units:N0} units, {shape.Individuals:N0} individuals, {shape.Cases:N0} cases, {shape.AuditEvents:N0} audit events ({target.Where})");
        var now = DateTimeOffset.UtcNow.AddMinutes(-5);
        var options = target.Options();
        var data = await DataGenerator.RunAsync(options, shape, seed, now, writers: 2, cancellationToken);
        var auditKey = AppServices.NewAuditKey();
        await using var services = AppServices.Build(target, auditKey);
        var subjects = BenchSubjects.Choose(data);
        await AuditGenerator.RunAsync(options, services.GetRequiredService<AuditChain>(), data, subjects.Person, shape.AuditEvents, seed + 1, now, cancellationToken);

        await using var db = new SamplanDbContext(options);
        var busy = subjects.Busy;
        var user = await AddUserAsync(db, busy.Unit.Id, password, cancellationToken);
        var (caseId, name) = await ShownCaseAsync(db, data, busy.Index, cancellationToken);
        var inbox = await InboxOfAsync(db, busy.Unit.Id, cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        // What autovacuum does shortly after a bulk load: statistics and the visibility map.
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", cancellationToken);

        var lines = new StringBuilder();
        void Add(string key, string value) => lines.Append(key).Append("='").Append(value.Replace("'", "'\\''", StringComparison.Ordinal)).Append("'\n");
        Add("SAMPLAN_HTTP_DATABASE", target.ConnectionString);
        Add("SAMPLAN_HTTP_AUDIT_KEY", auditKey);
        Add("SAMPLAN_HTTP_USER", user);
        Add("SAMPLAN_HTTP_UNIT", busy.Unit.Id.ToString());
        Add("SAMPLAN_HTTP_UNIT_CASES", subjects.BusyCases.ToString(CultureInfo.InvariantCulture));
        Add("SAMPLAN_HTTP_UNIT_MESSAGES", inbox);
        Add("SAMPLAN_HTTP_CASE", caseId.ToString());
        Add("SAMPLAN_HTTP_PERSON", name);
        Add("SAMPLAN_HTTP_SHAPE", $"{shape.Label}: {shape.Units:N0} units, {shape.Individuals:N0} individuals, {shape.Cases:N0} cases, "
            + $"{data.Mail.Messages:N0} messages to {data.Mail.Recipients:N0} recipients, {data.Mail.Replies:N0} invitation answer rows, {shape.AuditEvents:N0} audit events");
        await File.WriteAllTextAsync(outPath, lines.ToString(), cancellationToken);
        Console.WriteLine($"  data set ready in {clock.Elapsed.TotalSeconds:N0} s; the busiest unit has {subjects.BusyCases:N0} cases and {inbox}; written {outPath}");
        return 0;
    }

    /// <summary>A local account as the app's UserManager would store it (normalized names, a
    /// security stamp, the Identity v3 password hash), with one assignment and no roles.</summary>
    private static async Task<string> AddUserAsync(SamplanDbContext db, Guid unitId, string password, CancellationToken cancellationToken)
    {
        var user = new StaffUser
        {
            UserName = UserName,
            NormalizedUserName = UserName.ToUpperInvariant(),
            Email = UserName + "@bench.invalid",
            NormalizedEmail = (UserName + "@bench.invalid").ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = "Bench Busiest",
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        user.PasswordHash = new PasswordHasher<StaffUser>().HashPassword(user, password);
        db.Users.Add(user);
        db.StaffAssignments.Add(new StaffAssignment { Id = Guid.NewGuid(), UserId = user.Id, UnitId = unitId, Title = "Samordnare" });
        await db.SaveChangesAsync(cancellationToken);
        return UserName;
    }

    /// <summary>What the busiest unit's inbox holds, in words for the report: its messages, and how
    /// many of them await acknowledgement (what the inbox lists first and the navigation counts).</summary>
    private static async Task<string> InboxOfAsync(SamplanDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        var mine = db.MessageRecipients.Where(r => r.UnitId == unitId);
        var total = await mine.CountAsync(cancellationToken);
        var awaiting = await mine.CountAsync(r => r.Purpose == MessagePurpose.Acknowledge && r.AcknowledgedAt == null, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{total:N0} messages, {awaiting:N0} awaiting acknowledgement");
    }

    /// <summary>A case of the busiest unit with an agreed plan and a person without protected
    /// identity, so that the case page and the plan print both show the person's name.</summary>
    private static async Task<(Guid CaseId, string Name)> ShownCaseAsync(SamplanDbContext db, GeneratedData data, int busyIndex, CancellationToken cancellationToken)
    {
        var candidates = data.Cases
            .Where(c => c.ResponsibleIndex == busyIndex && c.Target is CaseTarget.Active or CaseTarget.ActiveFollowedUp)
            .Select(c => c.Id)
            .Take(200)
            .ToList();
        var found = await (from c in db.Cases
                           join i in db.Individuals on c.IndividualId equals i.Id
                           where candidates.Contains(c.Id) && !i.HasProtectedIdentity && c.Phase == CasePhase.Active
                           orderby c.Id
                           select new { c.Id, i.GivenName, i.FamilyName })
                          .FirstOrDefaultAsync(cancellationToken)
                    ?? throw new InvalidOperationException("The busiest unit has no active case of a person without protected identity.");
        return (found.Id, found.GivenName + " " + found.FamilyName);
    }
}

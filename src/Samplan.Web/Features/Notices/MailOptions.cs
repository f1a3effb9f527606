using MailKit.Security;

namespace Samplan.Web.Features.Notices;

/// <summary>Settings under <c>Samplan:Mail</c>. Without a <see cref="Host"/> notices are written to
/// the log and shown on the outbox page, so the embedded default runs without a mail server.</summary>
public sealed class MailOptions
{
    public const string Section = "Samplan:Mail";

    /// <summary>The SMTP server; empty: no mail, notices go to the log.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>How the connection is secured: Auto (STARTTLS when offered), None, StartTls, SslOnConnect.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>Set both to sign in to the server; left empty the server must accept the node as it is.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender every notice carries.</summary>
    public string From { get; set; } = "samplan@localhost.localdomain";

    /// <summary>Where Samplan is reached, so a notice's link can be followed from the mail
    /// ("https://samplan.region.se"); without it the link is the path alone.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long one connection or command may take before the attempt counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>How long after an invitation was sent a unit that has not answered is reminded
    /// ("2.00:00:00", two days, unless set; the browser tests set seconds).</summary>
    public TimeSpan InvitationReminderAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Pause between two rounds of the reminder job on a node (0 in tests: every round).</summary>
    public int ReminderIntervalSeconds { get; set; } = 300;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}

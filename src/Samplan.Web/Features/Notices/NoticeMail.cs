using MimeKit;
using Samplan.Domain.Notices;

namespace Samplan.Web.Features.Notices;

/// <summary>Turns a notice into the mail that is sent: the kind of thing waiting and a link, in
/// Swedish and English, and nothing else: no name, no personnummer, no case reference, no unit
/// (R-CONSENT-1; the mail leaves the system's protection). The Message-ID is the notice's own, so a
/// second delivery of the same notice is recognisable as the same mail.</summary>
public static class NoticeMail
{
    public static MimeMessage Compose(Notice notice, IReadOnlyList<string> to, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(options);
        var (sv, en) = NoticeText.Of(notice.Kind);
        var link = LinkOf(notice, options);
        var message = new MimeMessage
        {
            MessageId = $"notice-{notice.Id:N}@{DomainOf(options)}",
            Subject = $"Samplan: {sv} / {en}",
        };
        message.From.Add(MailboxAddress.Parse(options.From));
        foreach (var address in to)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart("plain")
        {
            Text = $"""
                {sv} (Samplan).
                Logga in i Samplan och öppna: {link}

                {en} (Samplan).
                Sign in to Samplan and open: {link}

                Det här meddelandet innehåller inga personuppgifter och kan inte besvaras.
                This message holds no personal data and cannot be replied to.
                """,
        };
        return message;
    }

    /// <summary>The link as it is followed from the mail: the public address before the path when one is set.</summary>
    public static string LinkOf(Notice notice, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? notice.Link : options.PublicBaseUrl.TrimEnd('/') + notice.Link;
    }

    private static string DomainOf(MailOptions options) =>
        Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : "samplan.invalid";
}

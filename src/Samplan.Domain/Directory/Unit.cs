using Samplan.Domain.Common;

namespace Samplan.Domain.Directory;

/// <summary>A verksamhet or enhet that takes part in plans, identified by its HSA id.</summary>
public sealed class Unit
{
    private Unit()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string HsaId { get; private set; } = string.Empty;

    public UnitKind Kind { get; private set; }

    /// <summary>The name as a search matches it (<see cref="SearchText"/>): kept in its own indexed
    /// column so that a search in the national directory reads an index, not every row.</summary>
    public string SearchName { get; private set; } = string.Empty;

    /// <summary>Where the unit's notices by e-mail go (a functional mailbox the unit reads), or
    /// null: then only the professionals who asked for notices get them.</summary>
    public string? NoticeAddress { get; private set; }

    public const int MaxNoticeAddressLength = 254;

    /// <summary>Sets or clears (null or blank) the unit's notice address. Refused unless it is one
    /// plain address: no name, no list, nothing a mail header could be made of.</summary>
    public void SetNoticeAddress(string? address)
    {
        var trimmed = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        new Rules()
            .Require(trimmed is null || IsPlainMailAddress(trimmed), "R-INIT-3", "unit.notice-address-invalid", nameof(NoticeAddress))
            .ThrowIfAny();
        NoticeAddress = trimmed;
    }

    /// <summary>One address as a mail server takes it: local part, @, a domain with a dot.</summary>
    public static bool IsPlainMailAddress(string address) =>
        address.Length <= MaxNoticeAddressLength
        && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '"')
        && System.Net.Mail.MailAddress.TryCreate(address, out var parsed)
        && parsed.Address == address
        && parsed.DisplayName.Length == 0
        && parsed.Host.Contains('.', StringComparison.Ordinal)
        && !parsed.Host.StartsWith('.') && !parsed.Host.EndsWith('.');

    /// <summary>A new name from the HSA catalogue; the HSA id stays.</summary>
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        SearchName = SearchText(Name);
    }

    /// <summary>A kind from the HSA catalogue or the organisation's own extract.</summary>
    public void ChangeKind(UnitKind kind) => Kind = kind;

    public static Unit Create(Guid id, Guid organisationId, string name, string hsaId, UnitKind kind = UnitKind.HealthCare) =>
        new() { Id = id, OrganisationId = organisationId, Name = name.Trim(), SearchName = SearchText(name), HsaId = hsaId.Trim(), Kind = kind };

    /// <summary>Lower case with single spaces, so that "gottsunda" finds "Hemtjänst  Gottsunda";
    /// a search term goes through the same function.</summary>
    public static string SearchText(string? text) =>
        string.Join(' ', (text ?? string.Empty).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

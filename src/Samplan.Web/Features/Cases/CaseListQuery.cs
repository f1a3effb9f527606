using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.CaseList;
using Samplan.Domain.Cases;
using Samplan.Domain.People;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Cases;

/// <summary>The acting unit's cases, soonest deadline first (R-CASE-1), a page at a time.</summary>
public sealed class CaseListQuery(SamplanDbContext db)
{
    /// <summary>Rows a person can read through on one page; overdue cases come first, so the
    /// first page is where the day's work is.</summary>
    public const int PageSize = 50;

    /// <summary>The highest page whose offset still fits an int: a page number from the address
    /// line is clamped to 1..MaxPage so a huge, negative or overflowing number never throws.</summary>
    public const int MaxPage = int.MaxValue / PageSize;

    /// <summary>Clamps a requested page (null, below 1 or above <see cref="MaxPage"/>) into range.</summary>
    public static int ClampPage(int? page) => Math.Clamp(page ?? 1, 1, MaxPage);

    /// <summary>The page number typed in the address line: a number is clamped into range (so
    /// "-3" is page 1 and a number too large for any integer the last possible page), anything
    /// else is page 1. Parsed here rather than model-bound so a bad value never becomes a
    /// model-state error on a page that has nothing to correct.</summary>
    public static int ParsePage(string? text)
    {
        var trimmed = text?.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return (int)Math.Clamp(number, 1, MaxPage);
        }

        return !string.IsNullOrEmpty(trimmed) && trimmed.All(char.IsAsciiDigit) ? MaxPage : 1;
    }

    /// <summary>The rows of one page (at most <see cref="PageSize"/>), kept for callers that only
    /// need the rows (the bench).</summary>
    public async Task<IReadOnlyList<CaseListRow>> RunAsync(Guid unitId, CaseListFilter filter, DateOnly today, CancellationToken cancellationToken = default, int page = 1) =>
        (await PageAsync(unitId, filter, today, page, cancellationToken)).Rows;

    /// <summary>One page, and how many of all the matching cases are due today or overdue.
    /// One more row than shown is read to know whether a next page exists, so paging needs no
    /// count over all the unit's cases.</summary>
    public async Task<CaseListPage> PageAsync(Guid unitId, CaseListFilter filter, DateOnly today, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var number = ClampPage(page);
        var skip = (number - 1) * PageSize;
        var searched = !string.IsNullOrWhiteSpace(filter.Search);
        var fetched = searched
            ? await SearchedAsync(unitId, filter, today, skip, cancellationToken)
            : await ListedAsync(unitId, filter, today, skip, cancellationToken);
        var hasNext = fetched.Count > PageSize;
        var rows = hasNext ? fetched.GetRange(0, PageSize) : fetched;

        // Due cases sort first, so on page 1 they are all among the rows read unless even the
        // extra row is due: then, and on every later page, one COUNT over the due cases answers.
        var allDueRead = number == 1 && !(hasNext && IsDue(fetched[^1], today));
        var needAttention = allDueRead
            ? fetched.Count(r => IsDue(r, today))
            : searched
                ? await Searched(unitId, filter, today).CountAsync(x => x.Case.NextDueOn != null && x.Case.NextDueOn <= today, cancellationToken)
                : await Entries(unitId, filter, today).CountAsync(e => e.DueOn <= today, cancellationToken);
        return new CaseListPage(rows, number, hasNext, needAttention);
    }

    private static bool IsDue(CaseListRow row, DateOnly today) => row.NextDueOn is { } due && due <= today;

    /// <summary>
    /// Without a search the page comes from the unit's <see cref="CaseListEntry"/> lines, already in
    /// the list's order in one index: the page's ids first, and only their cases and people read.
    /// <see cref="CaseVisibility.For"/> is still applied to those cases, so the lines only narrow
    /// what is read and never decide who sees a case.
    /// </summary>
    private Task<List<CaseListRow>> ListedAsync(Guid unitId, CaseListFilter filter, DateOnly today, int skip, CancellationToken cancellationToken)
    {
        var lines = Entries(unitId, filter, today)
            .OrderBy(e => e.DueOn)
            .ThenBy(e => e.FamilyName)
            // Case id breaks ties so that consecutive pages neither overlap nor leave a gap.
            .ThenBy(e => e.CaseId)
            .Skip(skip)
            .Take(PageSize + 1);
        var rows = from e in lines
                   join c in db.Cases.Where(CaseVisibility.For(unitId, today)) on e.CaseId equals c.Id
                   join i in db.Individuals on c.IndividualId equals i.Id
                   orderby e.DueOn, e.FamilyName, e.CaseId
                   select new CaseListRow(c.Id, i.GivenName + " " + i.FamilyName, i.Personnummer, i.HasProtectedIdentity, c.Phase, c.NextDueOn, c.Initiative, c.Protection) { IndividualId = i.Id };
        return rows.ToListAsync(cancellationToken);
    }

    /// <summary>The unit's lines narrowed by show and phase.</summary>
    private IQueryable<CaseListEntry> Entries(Guid unitId, CaseListFilter filter, DateOnly today)
    {
        var lines = db.CaseListEntries.Where(CaseVisibility.ForListEntries(unitId, today));
        lines = filter.Show switch
        {
            CaseListShow.Open => lines.Where(e => e.IsOpen),
            CaseListShow.Closed => lines.Where(e => !e.IsOpen),
            CaseListShow.All => lines,
        };

        return filter.Phase is { } phase ? lines.Where(e => e.Phase == phase) : lines;
    }

    /// <summary>A search starts from the people it matches, so it reads cases and people directly.</summary>
    private Task<List<CaseListRow>> SearchedAsync(Guid unitId, CaseListFilter filter, DateOnly today, int skip, CancellationToken cancellationToken) =>
        Searched(unitId, filter, today)
            .OrderBy(x => x.Case.NextDueOn == null)
            .ThenBy(x => x.Case.NextDueOn)
            .ThenBy(x => x.Individual.FamilyName)
            .ThenBy(x => x.Case.Id)
            .Skip(skip)
            .Take(PageSize + 1)
            .Select(x => new CaseListRow(x.Case.Id, x.Individual.GivenName + " " + x.Individual.FamilyName, x.Individual.Personnummer, x.Individual.HasProtectedIdentity, x.Case.Phase, x.Case.NextDueOn, x.Case.Initiative, x.Case.Protection) { IndividualId = x.Individual.Id })
            .ToListAsync(cancellationToken);

    /// <summary>The unit's visible cases narrowed by show and phase, for a search.</summary>
    private IQueryable<SipCase> Matching(Guid unitId, CaseListFilter filter, DateOnly today)
    {
        var cases = db.Cases.Where(CaseVisibility.For(unitId, today));
        cases = filter.Show switch
        {
            CaseListShow.Open => cases.Where(c => c.Phase != CasePhase.Closed),
            CaseListShow.Closed => cases.Where(c => c.Phase == CasePhase.Closed),
            CaseListShow.All => cases,
        };

        return filter.Phase is { } phase ? cases.Where(c => c.Phase == phase) : cases;
    }

    /// <summary>The matching cases with their person, narrowed by the search.</summary>
    private IQueryable<ListedCase> Searched(Guid unitId, CaseListFilter filter, DateOnly today)
    {
        var query = from c in Matching(unitId, filter, today)
                    join i in db.Individuals on c.IndividualId equals i.Id
                    select new ListedCase { Case = c, Individual = i };

        // A person with protected identity is never found by name or number (R-PROT-1).
        query = query.Where(x => !x.Individual.HasProtectedIdentity);
        // A typed personnummer, in any accepted form, is matched exactly through its unique
        // index (docs/benchmarks.md: 25 ms → 2 ms at 150,000 people); other text by substring.
        var search = filter.Search ?? string.Empty;
        if (Personnummer.Parse(search, today).Value is { } number)
        {
            query = query.Where(x => x.Individual.Personnummer == number);
        }
        else
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(x => x.Individual.SearchText.Contains(term));
        }

        return query;
    }

    private sealed class ListedCase
    {
        public required SipCase Case { get; init; }

        public required Individual Individual { get; init; }
    }
}

/// <summary>One page of the list. <see cref="NeedAttention"/> counts all matching cases due today
/// or overdue, not only those on this page.</summary>
public sealed record CaseListPage(IReadOnlyList<CaseListRow> Rows, int Number, bool HasNext, int NeedAttention)
{
    public bool HasPrevious => Number > 1;
}

public enum CaseListShow
{
    Open,
    Closed,
    All,
}

public sealed record CaseListFilter(string? Search, CasePhase? Phase, CaseListShow Show);

/// <summary>One line of the list. A person with protected identity is masked: name and number
/// never leave the server in a list (R-PROT-1).</summary>
public sealed record CaseListRow(Guid Id, string Name, Personnummer Personnummer, bool IsProtected, CasePhase Phase, DateOnly? NextDueOn, Initiative Initiative, ProtectionMark? Protection = null)
{
    public DueKind? NextDueKind => Deadlines.KindOf(Phase, Initiative, NextDueOn);

    /// <summary>Whose name the row shows, for the audit of the view (PDL 8:5).</summary>
    public Guid IndividualId { get; init; }

    /// <summary>The consent's last day, where a page reads it (the to-do page); null otherwise.</summary>
    public DateOnly? ConsentValidUntil { get; init; }

    /// <summary>Who started the SIP and who coordinates it, where the to-do page reads them to
    /// tell a professional's own SIPs from the rest of the unit's; null otherwise.</summary>
    public Domain.Common.StaffRef? Initiator { get; init; }

    public Coordinator? Coordinator { get; init; }

    /// <summary>The SIP is <paramref name="who"/>'s own: they started it, or they are its named
    /// coordinator at the same unit (the coordinator is named, not linked to an account).</summary>
    public bool IsOwnedBy(Domain.Common.StaffRef who) =>
        who is not null && (Initiator?.UserId == who.UserId || (Coordinator is { } k && k.UnitId == who.UnitId && string.Equals(k.Name, who.Name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Shown on masked rows, so they can be told apart and matched with the case page.</summary>
    public string Reference => CaseReference.For(Id);

    public string ShownName => IsProtected ? Localization.L.T("Skyddade personuppgifter", "Protected identity") : Name;

    public string ShownNumber => IsProtected ? "********-****" : Personnummer.ToString();
}

using Microsoft.EntityFrameworkCore;
using Samplan.Data;

namespace Samplan.Web.Infrastructure;

/// <summary>Saves a row that lives beside a case and is changed on its own (a recipient's copy of a
/// message, an invitee's answer), with whatever else the context holds for the same save (its audit
/// event), only if nobody changed the row since it was read. On a conflict nothing is written and
/// the context is cleared, so the caller can read the row again and show the other change.</summary>
public static class RowSave
{
    public static async Task<bool> TrySaveAsync<TRow>(SamplanDbContext db, TRow row, CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        var version = db.Entry(row).Property<int>(SamplanDbContext.VersionProperty);
        version.CurrentValue = version.OriginalValue + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Samplan.Domain.Directory;

namespace Samplan.Web.Infrastructure;

/// <summary>
/// The one place where a save tells this node's caches what it changed, so no feature has to
/// remember to: a unit or organisation added, changed or removed clears <see cref="UnitNameCache"/>.
/// What is about to be written is noted while saving and acted on once the save is done (and also
/// when it failed: forgetting too much only costs a read).
/// </summary>
public sealed class CacheInvalidationInterceptor(UnitNameCache unitNames) : SaveChangesInterceptor
{
    private static readonly object Marker = new();

    /// <summary>The contexts whose save in progress adds, changes or removes a unit or organisation.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _directoryChanged = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Apply(eventData?.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Apply(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Apply(eventData?.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(eventData?.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Only a save that touches the directory is remembered; every other save (most of them)
        // leaves nothing behind.
        if (context.ChangeTracker.Entries().Any(e => (e.Entity is Unit or Organisation) && (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)))
        {
            _directoryChanged.AddOrUpdate(context, Marker);
        }
        else
        {
            _directoryChanged.Remove(context);
        }
    }

    private void Apply(DbContext? context)
    {
        if (context is not null && _directoryChanged.Remove(context))
        {
            unitNames.Clear();
        }
    }
}

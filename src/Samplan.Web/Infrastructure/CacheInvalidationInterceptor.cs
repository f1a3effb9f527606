using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Samplan.Data.Identity;
using Samplan.Domain.Directory;

namespace Samplan.Web.Infrastructure;

/// <summary>
/// The one place where a save tells this node's caches what it changed, so no feature has to
/// remember to: a unit or organisation added, changed or removed clears <see cref="UnitNameCache"/>
/// and every cached session check; a user, assignment or role changed revokes that user's cached
/// session check (<see cref="SessionCache"/>; other nodes hear of it from PostgreSQL); a message
/// sent to a unit or acknowledged by it forgets that unit's inbox count. What is
/// about to be written is noted while saving and acted on once the save is done (and also when it
/// failed: forgetting too much only costs a read). Bulk statements (ExecuteUpdate/ExecuteDelete)
/// pass no interceptor: who uses them on these tables revokes by hand.
/// </summary>
public sealed class CacheInvalidationInterceptor(UnitNameCache unitNames, SessionCache sessions, Features.Inbox.InboxCounts inboxCounts) : SaveChangesInterceptor
{
    /// <summary>The contexts whose save in progress changes something a cache holds, and what.</summary>
    private readonly ConditionalWeakTable<DbContext, Changes> _pending = [];

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

        // Only a save that touches what a cache holds is remembered; every other save (most of
        // them) leaves nothing behind.
        Changes? changes = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Unit or Organisation:
                    (changes ??= new()).Directory = true;
                    break;
                case Domain.Messages.MessageRecipient recipient:
                    (changes ??= new()).InboxUnits.Add(recipient.UnitId);
                    break;
                case StaffUser user:
                    (changes ??= new()).Users.Add(user.Id);
                    break;
                case StaffAssignment assignment:
                    changes ??= new();
                    changes.Users.Add(assignment.UserId);
                    if (entry.State == EntityState.Modified && entry.Property(nameof(StaffAssignment.UserId)).OriginalValue is string before)
                    {
                        changes.Users.Add(before);
                    }

                    break;
                case StaffAssignmentRole role:
                    changes ??= new();
                    if (OwnerOf(context, role) is { } owner)
                    {
                        changes.Users.Add(owner);
                    }
                    else
                    {
                        changes.Everyone = true;
                    }

                    break;
            }
        }

        if (changes is null)
        {
            _pending.Remove(context);
        }
        else
        {
            _pending.AddOrUpdate(context, changes);
        }
    }

    /// <summary>The user whose assignment holds the role, when that assignment is tracked by the
    /// same context (as it is where roles are granted); otherwise unknown.</summary>
    private static string? OwnerOf(DbContext context, StaffAssignmentRole role) =>
        context.ChangeTracker.Entries<StaffAssignment>().Select(e => e.Entity).FirstOrDefault(a => a.Id == role.AssignmentId)?.UserId;

    private void Apply(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var changes))
        {
            return;
        }

        _pending.Remove(context);
        if (changes.InboxUnits.Count > 0)
        {
            inboxCounts.Forget(changes.InboxUnits);
        }

        if (changes.Directory)
        {
            unitNames.Clear();
        }

        // A unit's kind or organisation is part of every check that names it.
        if (changes.Directory || changes.Everyone)
        {
            sessions.RevokeAll();
            return;
        }

        foreach (var user in changes.Users)
        {
            sessions.Revoke(user);
        }
    }

    private sealed class Changes
    {
        public bool Directory { get; set; }

        public bool Everyone { get; set; }

        public HashSet<string> Users { get; } = new(StringComparer.Ordinal);

        public HashSet<Guid> InboxUnits { get; } = [];
    }
}

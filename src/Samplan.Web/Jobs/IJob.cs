namespace Samplan.Web.Jobs;

/// <summary>A background job that must run on one node at a time. Resolved in a scope of its own
/// for every run; <see cref="JobRunner"/> holds the job's lease while it runs.</summary>
public interface IJob
{
    /// <summary>The lease's name: the same on every node.</summary>
    string Name { get; }

    Task RunAsync(CancellationToken cancellationToken);
}

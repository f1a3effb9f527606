using Microsoft.Extensions.DependencyInjection;
using Samplan.Web.Jobs;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Auditing;

/// <summary>One database that several app instances share, as two nodes behind a load balancer
/// would. The test creates and drops it; the nodes only connect.</summary>
public sealed class SharedDatabase : TestDatabase
{
    private readonly TestDatabase _inner = FromEnvironment();

    public override string Provider => _inner.Provider;

    public override string ConnectionString => _inner.ConnectionString;

    public Task CreateForNodesAsync() => _inner.CreateAsync();

    public Task DropForNodesAsync() => _inner.DropAsync();

    /// <summary>For the nodes: the database is already there, and outlives them.</summary>
    public override Task CreateAsync() => Task.CompletedTask;

    public override Task DropAsync() => Task.CompletedTask;
}

/// <summary>One app node on a <see cref="SharedDatabase"/> (or on a database of its own), with
/// optional extra settings. Not a fixture: each test starts and stops its nodes itself.</summary>
public sealed class AppNodeFactory(TestDatabase database, params (string Key, string Value)[] settings) : SamplanFactory(null, database)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        settings.Select(s => KeyValuePair.Create(s.Key, s.Value));

    public JobRunner Jobs => Services.GetRequiredService<JobRunner>();

    public static async Task<AppNodeFactory> StartAsync(TestDatabase database, params (string Key, string Value)[] settings)
    {
        var node = new AppNodeFactory(database, settings);
        await node.InitializeAsync();
        return node;
    }
}

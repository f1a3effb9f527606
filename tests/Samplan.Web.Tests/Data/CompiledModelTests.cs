using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Samplan.Data;

namespace Samplan.Web.Tests.Data;

/// <summary>
/// The app loads each provider's compiled model (scripts/compile-models.sh) instead of building it
/// from the configuration classes. The compiled one must be the model those classes build: same
/// entities, properties, types, keys, indexes, converters and annotations, compared as EF describes
/// them. No database is opened. It runs alone: the compiled model is one static instance that every
/// app under test in this process uses at the same time, and one run here once failed beside them
/// (not reproduced since), so the comparison does not share the instance with running queries.
/// </summary>
[Collection(CompiledModelRunsAlone.Name)]
public sealed class CompiledModelTests
{
    [Fact]
    public void The_compiled_sqlite_model_is_the_model_the_configuration_builds() =>
        AssertSame(
            o => o.UseSqlite("Data Source=:memory:"),
            Samplan.Migrations.Sqlite.CompiledModel.SamplanDbContextModel.Instance);

    [Fact]
    public void The_compiled_postgres_model_is_the_model_the_configuration_builds() =>
        AssertSame(
            o => o.UseNpgsql("Host=127.0.0.1;Port=1;Database=unused"),
            Samplan.Migrations.Postgres.CompiledModel.SamplanDbContextModel.Instance);

    private static void AssertSame(Func<DbContextOptionsBuilder<SamplanDbContext>, DbContextOptionsBuilder<SamplanDbContext>> provider, IModel compiled)
    {
        // A service provider of its own, so the model is built here and now: the cached one may
        // already carry ad-hoc entity types that raw SQL queries of other tests in this process
        // added to it (it then differs from the compiled one only by that list).
        using var built = new SamplanDbContext(provider(new DbContextOptionsBuilder<SamplanDbContext>()).EnableServiceProviderCaching(false).Options);
        using var loaded = new SamplanDbContext(provider(new DbContextOptionsBuilder<SamplanDbContext>()).UseModel(compiled).Options);
        Assert.NotSame(built.Model, loaded.Model);
        var expected = built.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
        var actual = loaded.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
        Assert.True(expected == actual, "the compiled model is out of date: run scripts/compile-models.sh\n" + FirstDifference(expected, actual));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            var w = i < want.Length ? want[i] : "(end)";
            var g = i < got.Length ? got[i] : "(end)";
            if (w != g)
            {
                return $"line {i + 1}: built   {w.Trim()}\nline {i + 1}: compiled {g.Trim()}";
            }
        }

        return "(same lines)";
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CompiledModelRunsAlone
{
    public const string Name = "Compiled model, alone";
}

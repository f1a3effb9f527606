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
        using var built = new SamplanDbContext(provider(new DbContextOptionsBuilder<SamplanDbContext>()).Options);
        using var loaded = new SamplanDbContext(provider(new DbContextOptionsBuilder<SamplanDbContext>()).UseModel(compiled).Options);
        Assert.NotSame(built.Model, loaded.Model);
        var expected = WithoutAdHocTypes(built.Model.ToDebugString(MetadataDebugStringOptions.LongDefault));
        var actual = WithoutAdHocTypes(loaded.Model.ToDebugString(MetadataDebugStringOptions.LongDefault));
        Assert.True(expected == actual, "the compiled model is out of date: run scripts/compile-models.sh\n" + FirstDifference(expected, actual));
    }

    /// <summary>Ad-hoc entity types are not part of the model's definition: EF adds them to the
    /// model in use at run time, when a raw SQL query (SqlQuery&lt;T&gt;) of any test in this process
    /// first asks for T, to the cached built model and to the compiled instance alike. So the list is
    /// left out of the comparison; everything the configuration defines stays in it.</summary>
    private static string WithoutAdHocTypes(string debugView)
    {
        var kept = new List<string>();
        int? skipping = null;
        foreach (var line in debugView.Split('\n'))
        {
            var indent = line.Length - line.TrimStart().Length;
            if (skipping is { } level)
            {
                if (line.Trim().Length == 0 || indent > level)
                {
                    continue;
                }

                skipping = null;
            }

            if (line.Trim() == "Ad-hoc entity types:")
            {
                skipping = indent;
                continue;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept);
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

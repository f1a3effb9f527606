using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;
using Samplan.Domain.Directory;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Units;

/// <summary>2,000 extra units in an organisation of their own, so that a page that still loaded the
/// whole directory would show them. Seeded once per app; the demo's own units are untouched.</summary>
public static class BigDirectory
{
    public const int Count = 2000;

    public static readonly Guid OrganisationId = Guid.Parse("0a000000-0000-0000-0000-00000000b1b1");

    /// <summary>Every seeded unit's name starts so ("Katalogenhet 0042 Norr").</summary>
    public const string NamePrefix = "Katalogenhet";

    public static string HsaId(int number) => $"SE-TEST-CAT-{number:D4}";

    public static async Task EnsureAsync(SamplanFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamplanDbContext>();
        if (await db.Organisations.AnyAsync(o => o.Id == OrganisationId))
        {
            return;
        }

        db.Organisations.Add(Organisation.Create(OrganisationId, "Testkatalogen", OrganisationKind.Region, null));
        for (var i = 0; i < Count; i++)
        {
            db.Units.Add(Unit.Create(Guid.NewGuid(), OrganisationId, $"{NamePrefix} {i:D4} {(i % 2 == 0 ? "Norr" : "Söder")}", HsaId(i)));
        }

        await db.SaveChangesAsync();
    }
}

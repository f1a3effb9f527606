using System.Globalization;
using Samplan.Domain.Directory;

namespace Samplan.Bench;

/// <summary>A fictitious directory: areas (a county each), one region per area, municipalities and
/// a few other actors, and their units. Cases stay within an area, as SIPs do.</summary>
internal sealed class SyntheticDirectory
{
    /// <summary>Every <c>BusyEvery</c>th unit (a large health centre or home-care unit) starts six
    /// times as many cases as the others.</summary>
    public const int BusyEvery = 50;

    private SyntheticDirectory(List<Organisation> organisations, List<BenchUnit> units, int areas)
    {
        Organisations = organisations;
        Units = units;
        HuvudmanUnitsByArea = Enumerable.Range(0, areas)
            .Select(a => units.Where(u => u.Area == a && u.Kind != OrganisationKind.OtherActor).ToArray())
            .ToArray();
        UnitsByArea = Enumerable.Range(0, areas).Select(a => units.Where(u => u.Area == a).ToArray()).ToArray();
        InitiatorWeights = HuvudmanUnitsByArea.Select(list => list.Select(u => u.IsBusy ? 6 : 1).ToArray()).ToArray();
        AreaWeights = HuvudmanUnitsByArea.Select(list => list.Sum(u => u.IsBusy ? 6 : 1)).ToArray();
    }

    public IReadOnlyList<Organisation> Organisations { get; }

    public IReadOnlyList<BenchUnit> Units { get; }

    /// <summary>Region and municipality units (those that may coordinate a plan), per area.</summary>
    public BenchUnit[][] HuvudmanUnitsByArea { get; }

    public BenchUnit[][] UnitsByArea { get; }

    private int[][] InitiatorWeights { get; }

    private int[] AreaWeights { get; }

    public static SyntheticDirectory Create(Random random, DataShape shape)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(shape);
        var organisations = new List<Organisation>(shape.Organisations);
        var orgInfo = new List<(Organisation Org, int Area, int Weight)>(shape.Organisations);
        for (var i = 0; i < shape.Organisations; i++)
        {
            var area = i % shape.Areas;
            var kind = i < shape.Areas ? OrganisationKind.Region : i % 15 == 0 ? OrganisationKind.OtherActor : OrganisationKind.Kommun;
            var name = kind switch
            {
                OrganisationKind.Region => $"Region Bänk {area + 1}",
                OrganisationKind.Kommun => $"Bänkby kommun {i + 1}",
                OrganisationKind.OtherActor => $"Försäkringskassan, Bänk {i + 1}",
            };
            var org = Organisation.Create(SyntheticPeople.RandomGuid(random), name, kind, (2_000_000_000L + i).ToString(CultureInfo.InvariantCulture));
            organisations.Add(org);
            orgInfo.Add((org, area, kind switch { OrganisationKind.Region => 25, OrganisationKind.Kommun => 5, OrganisationKind.OtherActor => 2 }));
        }

        var units = new List<BenchUnit>(shape.Units);
        var totalWeight = orgInfo.Sum(o => o.Weight);
        for (var j = 0; j < shape.Units; j++)
        {
            // The first units go one to each organisation so that none is empty.
            var (org, area, _) = j < orgInfo.Count ? orgInfo[j] : Pick(orgInfo, random.Next(totalWeight));
            var kindName = org.Kind switch
            {
                OrganisationKind.Region => j % 3 == 0 ? "Vårdcentralen" : j % 3 == 1 ? "Psykiatrisk öppenvård" : "Medicinavdelning",
                OrganisationKind.Kommun => j % 2 == 0 ? "Hemtjänst" : "Biståndshandläggning",
                OrganisationKind.OtherActor => "Lokalkontor",
            };
            var unit = Unit.Create(SyntheticPeople.RandomGuid(random), org.Id, $"{kindName} Bänk {j + 1}", $"SE{org.OrganisationNumber}-B{j:D5}");
            units.Add(new BenchUnit(j, unit, org.Id, org.Kind, area, j % BusyEvery == 0 && org.Kind != OrganisationKind.OtherActor));
        }

        return new SyntheticDirectory(organisations, units, shape.Areas);
    }

    /// <summary>The unit that starts a case: by area size, then by unit weight within the area.</summary>
    public BenchUnit PickInitiator(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var area = PickIndex(AreaWeights, random.Next(AreaWeights.Sum()));
        var weights = InitiatorWeights[area];
        return HuvudmanUnitsByArea[area][PickIndex(weights, random.Next(weights.Sum()))];
    }

    private static (Organisation Org, int Area, int Weight) Pick(List<(Organisation Org, int Area, int Weight)> items, int ticket)
    {
        foreach (var item in items)
        {
            if (ticket < item.Weight)
            {
                return item;
            }

            ticket -= item.Weight;
        }

        return items[^1];
    }

    private static int PickIndex(int[] weights, int ticket)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            if (ticket < weights[i])
            {
                return i;
            }

            ticket -= weights[i];
        }

        return weights.Length - 1;
    }
}

/// <summary>A unit with what the generator needs to know about it.</summary>
internal sealed record BenchUnit(int Index, Unit Unit, Guid OrganisationId, OrganisationKind Kind, int Area, bool IsBusy)
{
    public Guid Id => Unit.Id;
}

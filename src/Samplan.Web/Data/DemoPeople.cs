using Samplan.Domain.People;

namespace Samplan.Web.Data;

/// <summary>The demo's individuals. 191212121212 and 201701012393 are Skatteverket's published test
/// numbers; every other number here is fictitious, made only to pass the check-digit rule (R-ID-2).</summary>
internal sealed class DemoPeople
{
    public required Individual Gunnel { get; init; }

    public required Individual Mikael { get; init; }

    public required Individual Elsa { get; init; }

    public required Individual Liam { get; init; }

    public required Individual Sven { get; init; }

    public required Individual Birgitta { get; init; }

    public required Individual Tolvan { get; init; }

    public IReadOnlyList<Individual> All => [Gunnel, Mikael, Elsa, Liam, Sven, Birgitta, Tolvan];

    public static DemoPeople Create()
    {
        var elsa = Person("0c000000-0000-0000-0000-000000000003", "201005201627", "Elsa", "Nilsson"); // fictitious
        // The guardians' personnummer are fictitious, with a valid check digit, so they can sign in later.
        elsa.AddRelation(new RelatedPerson("Karin Nilsson", RelationKind.Guardian, "070-000 00 01", "198003142489"));
        elsa.AddRelation(new RelatedPerson("Jonas Nilsson", RelationKind.Guardian, "070-000 00 02", "198207213359"));

        var liam = Person("0c000000-0000-0000-0000-000000000004", "201701012393", "Liam", "Testsson"); // Skatteverket test number
        liam.AddRelation(new RelatedPerson("Sofia Testsson", RelationKind.Guardian));

        var gunnel = Person("0c000000-0000-0000-0000-000000000001", "194103152387", "Gunnel", "Andersson"); // fictitious
        gunnel.AddRelation(new RelatedPerson("Per Andersson", RelationKind.Relative, "070-000 00 03"));

        var tolvan = Person("0c000000-0000-0000-0000-000000000007", "191212121212", "Tolvan", "Tolvansson"); // Skatteverket test number
        tolvan.MarkProtectedIdentity();

        return new DemoPeople
        {
            Gunnel = gunnel,
            Mikael = Person("0c000000-0000-0000-0000-000000000002", "198809024576", "Mikael", "Öberg"), // fictitious
            Elsa = elsa,
            Liam = liam,
            Sven = Person("0c000000-0000-0000-0000-000000000005", "195211305130", "Sven", "Karlsson"), // fictitious
            Birgitta = Person("0c000000-0000-0000-0000-000000000006", "194706183268", "Birgitta", "Lund"), // fictitious
            Tolvan = tolvan,
        };
    }

    private static Individual Person(string id, string number, string given, string family) =>
        Individual.Register(Guid.Parse(id), Personnummer.FromStored(number), given, family);
}

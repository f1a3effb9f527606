using System.Globalization;
using Samplan.Domain.People;

namespace Samplan.Bench;

/// <summary>Fictitious individuals: common Swedish names and personnummer made up here, valid only
/// in the sense of the check-digit rule. They are not taken from any register; they live only in
/// the throwaway bench database.</summary>
internal static class SyntheticPeople
{
    private static readonly string[] GivenNames =
    [
        "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Ingrid",
        "Marie", "Malin", "Jenny", "Hanna", "Linnéa", "Elsa", "Astrid", "Maja", "Alice", "Ebba",
        "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
        "Daniel", "Fredrik", "Hans", "Bengt", "Sven", "Nils", "Oskar", "Liam", "William", "Hugo",
        "Gunnel", "Birgitta", "Stig", "Göran", "Åsa", "Örjan", "Yusuf", "Amira", "Mohammed", "Leila",
    ];

    private static readonly string[] FamilyNames =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
        "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
        "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
        "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Ali", "Engström",
        "Mohamed", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
        "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
        "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Viklund", "Björklund", "Eliasson", "Pålsson", "Berggren",
        "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren", "Sundberg", "Hedlund",
        "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Martinsson", "Öberg", "Andreasson", "Strand", "Månsson", "Ek",
        "Hussein", "Åkesson", "Jonasson", "Sundström", "Norberg", "Hosseini", "Blom", "Falk", "Lindholm", "Berglöf",
    ];

    /// <summary>Makes <paramref name="count"/> distinct people. Ages: 15 % children, the rest
    /// adults with most SIPs for older people, as in practice; nobody younger than four at
    /// <paramref name="today"/> so that cases from earlier years have a born individual.</summary>
    public static List<Individual> Create(Random random, int count, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(random);
        var people = new List<Individual>(count);
        var used = new HashSet<string>(count, StringComparer.Ordinal);
        while (people.Count < count)
        {
            var age = random.NextDouble() switch
            {
                < 0.15 => random.Next(4, 18),
                < 0.50 => random.Next(18, 65),
                _ => random.Next(65, 101),
            };
            var birth = today.AddYears(-age).AddDays(-random.Next(0, 365));
            var number = Number(random, birth);
            if (!used.Add(number.Value))
            {
                continue;
            }

            var given = GivenNames[random.Next(GivenNames.Length)];
            var family = FamilyNames[random.Next(FamilyNames.Length)];
            var person = Individual.Register(RandomGuid(random), number, given, family, random.Next(3) == 0 ? null : $"070-{random.Next(100, 999)} {random.Next(10, 99)} {random.Next(10, 99)}");
            if (age < 18)
            {
                person.AddRelation(new RelatedPerson($"{GivenNames[random.Next(GivenNames.Length)]} {family}", RelationKind.Guardian, "070-000 00 00"));
                person.AddRelation(new RelatedPerson($"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}", RelationKind.Guardian));
            }
            else if (age >= 75 && random.Next(2) == 0)
            {
                person.AddRelation(new RelatedPerson($"{GivenNames[random.Next(GivenNames.Length)]} {family}", RelationKind.Relative, "070-000 00 01"));
            }

            people.Add(person);
        }

        return people;
    }

    public static Guid RandomGuid(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout, like Guid.NewGuid
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A twelve-digit number with a random birth number and the modulus-10 check digit.</summary>
    private static Personnummer Number(Random random, DateOnly birth)
    {
        var shortDate = birth.ToString("yyMMdd", CultureInfo.InvariantCulture);
        var nine = shortDate + random.Next(1, 1000).ToString("D3", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        var check = (10 - (sum % 10)) % 10;
        var twelve = birth.Year.ToString("D4", CultureInfo.InvariantCulture)[..2] + nine + check.ToString(CultureInfo.InvariantCulture);
        return Personnummer.FromStored(twelve);
    }
}

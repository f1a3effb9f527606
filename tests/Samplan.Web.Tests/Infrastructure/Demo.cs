namespace Samplan.Web.Tests.Infrastructure;

/// <summary>The demo data the app seeds in demo mode (src/Samplan.Web/Data), used as fixtures.</summary>
public static class Demo
{
    public const string Password = "Samplan-demo-2026";

    /// <summary>Vårdcentralen Gottsunda (Region Uppsala).</summary>
    public const string Anna = "anna.lind";

    /// <summary>Psykiatrisk öppenvård Uppsala and Vårdcentralen Gottsunda: chooses a unit after signing in.</summary>
    public const string Eva = "eva.strand";

    /// <summary>Akademiska sjukhuset, medicinavdelning 30D.</summary>
    public const string Karin = "karin.ek";

    /// <summary>Biståndshandläggning äldre (Uppsala kommun).</summary>
    public const string Lena = "lena.berg";

    public const string Johan = "johan.nyberg";

    public const string Sara = "sara.ali";

    /// <summary>Elevhälsan Katedralskolan.</summary>
    public const string Maria = "maria.svensson";

    /// <summary>Försäkringskassan, lokalkontor Uppsala: takes part in none of the demo cases.</summary>
    public const string Per = "per.holm";

    public static class Units
    {
        public static readonly Guid Vardcentral = Guid.Parse("0b000000-0000-0000-0000-000000000001");
        public static readonly Guid Psykiatri = Guid.Parse("0b000000-0000-0000-0000-000000000002");
        public static readonly Guid Medicinavdelning = Guid.Parse("0b000000-0000-0000-0000-000000000003");
        public static readonly Guid Bistand = Guid.Parse("0b000000-0000-0000-0000-000000000004");
        public static readonly Guid Hemtjanst = Guid.Parse("0b000000-0000-0000-0000-000000000005");
        public static readonly Guid FkUppsala = Guid.Parse("0b000000-0000-0000-0000-000000000008");
    }

    /// <summary>Ready for discharge, awaiting consent; initiated by Vårdcentralen Gottsunda.</summary>
    public static class Gunnel
    {
        public static readonly Guid CaseId = Guid.Parse("0d000000-0000-0000-0000-000000000001");
        public const string Name = "Gunnel Andersson";
    }

    /// <summary>Plan in force; initiated by the medicine ward, coordinated by Vårdcentralen Gottsunda.</summary>
    public static class Sven
    {
        public static readonly Guid CaseId = Guid.Parse("0d000000-0000-0000-0000-000000000005");
        public const string Name = "Sven Karlsson";
        public const string Twelve = "195211305130";
        public const string WithHyphen = "19521130-5130";
        public const string Ten = "521130-5130";
        public const string TenDigits = "5211305130";
    }

    /// <summary>Skatteverket's test number, marked as protected identity in the demo (R-PROT-1).</summary>
    public static class Tolvan
    {
        public const string Personnummer = "191212121212";
        public const string Name = "Tolvan Tolvansson";
    }
}

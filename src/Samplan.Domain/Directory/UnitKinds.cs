namespace Samplan.Domain.Directory;

public static class UnitKinds
{
    /// <summary>Whether units of this kind may be invited to a SIP.</summary>
    public static bool TakesPartInPlans(this UnitKind kind) => kind != UnitKind.StaffOffice;

    /// <summary>Reads an import's kind column: the English name or the usual Swedish word, in any case.</summary>
    public static UnitKind? Parse(string? text)
    {
        var value = text?.Trim().ToLowerInvariant();
        return value switch
        {
            "healthcare" or "hälso- och sjukvård" or "sjukvård" or "vård" => UnitKind.HealthCare,
            "socialservices" or "socialtjänst" => UnitKind.SocialServices,
            "school" or "skola" or "elevhälsa" => UnitKind.School,
            "otheractor" or "annan aktör" => UnitKind.OtherActor,
            "staffoffice" or "stab" or "förvaltning" => UnitKind.StaffOffice,
            _ => null,
        };
    }
}

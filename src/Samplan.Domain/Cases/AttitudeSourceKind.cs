namespace Samplan.Domain.Cases;

/// <summary>How the one who described the attitude of a person unable to consent stands to them (R-CONSENT-3).</summary>
public enum AttitudeSourceKind
{
    /// <summary>Närstående: family or someone else close.</summary>
    Relative,

    /// <summary>God man (föräldrabalken 11 kap. 4 §).</summary>
    GoodMan,

    /// <summary>Förvaltare (föräldrabalken 11 kap. 7 §).</summary>
    Administrator,

    /// <summary>Fullmaktshavare under a framtidsfullmakt in force.</summary>
    FutureProxy,
}

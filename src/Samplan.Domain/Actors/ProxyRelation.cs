namespace Samplan.Domain.Actors;

/// <summary>What entitles a proxy to act for the individual (R-CONSENT-3, R-CONSENT-4, R-CONSENT-6).
/// The legal representatives use the words of <see cref="Cases.AttitudeSourceKind"/>.</summary>
public enum ProxyRelation
{
    /// <summary>Vårdnadshavare: only for a child under 18 (R-CONSENT-6).</summary>
    Guardian,

    /// <summary>God man (föräldrabalken 11 kap. 4 §).</summary>
    GodMan,

    /// <summary>Förvaltare (föräldrabalken 11 kap. 7 §).</summary>
    Forvaltare,

    /// <summary>A representative the individual appointed to act for them (R-CONSENT-4).</summary>
    AppointedRepresentative,

    /// <summary>Fullmaktshavare under a framtidsfullmakt in force.</summary>
    FutureProxy,
}

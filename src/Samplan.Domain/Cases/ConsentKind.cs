namespace Samplan.Domain.Cases;

public enum ConsentKind
{
    /// <summary>The individual consented (an adult, R-CONSENT-2).</summary>
    GivenByIndividual,

    /// <summary>The guardians consented for a child; from 15 the child's own consent too (R-CONSENT-6).</summary>
    GivenByGuardians,

    /// <summary>The individual cannot consent; their attitude was learned from others (R-CONSENT-3).</summary>
    CannotConsent,
}

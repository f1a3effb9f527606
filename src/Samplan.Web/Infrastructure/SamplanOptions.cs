namespace Samplan.Web.Infrastructure;

public sealed class SamplanOptions
{
    public const string Section = "Samplan";

    /// <summary>Loads demo organisations, staff and individuals on first start. Never in production (R-ID-2).</summary>
    public bool DemoMode { get; set; }

    /// <summary>Two-factor sign-in (TOTP) for local accounts. HSLF-FS 2016:40 asks for it, so it is
    /// on whenever the system is not in demo mode, unless set explicitly.</summary>
    public bool? RequireTwoFactor { get; set; }

    public bool TwoFactorRequired => RequireTwoFactor ?? !DemoMode;

    /// <summary>Sign-in attempts per client address and minute before answering 429.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;

    /// <summary>Minutes without activity before a session ends.</summary>
    public int IdleTimeoutMinutes { get; set; } = 20;

    /// <summary>Days from the need being identified to first contact between the huvudmän (R-INIT-4);
    /// 0 means the same day. Kept with each new case, so changing it moves no existing deadline.</summary>
    public int FirstContactDays { get; set; } = Domain.Cases.Deadlines.DefaultFirstContactDays;
}

namespace Samplan.Web.Infrastructure;

public sealed class SamplanOptions
{
    public const string Section = "Samplan";

    /// <summary>Loads demo organisations, staff and individuals on first start. Never in production (R-ID-2).</summary>
    public bool DemoMode { get; set; }
}

namespace Samplan.Bench;

/// <summary>How much synthetic data one run makes. Scale 1 is the reference size; everything grows
/// with the scale, units and organisations too, so a unit's own case load stays about the same
/// while the tables grow: what stays flat across scales is bounded by an index.</summary>
internal sealed record DataShape(double Scale, int Areas, int Organisations, int Units, int Individuals, int Cases, int AuditEvents)
{
    /// <summary>The audited person gets this many events at every scale (the extract's size).</summary>
    public const int SubjectEvents = 200;

    public static DataShape For(double scale) => new(
        scale,
        Areas: Math.Max(3, (int)Math.Round(21 * scale)),
        Organisations: Math.Max(12, (int)Math.Round(300 * scale)),
        Units: Math.Max(60, (int)Math.Round(2_000 * scale)),
        Individuals: Math.Max(1_000, (int)Math.Round(150_000 * scale)),
        Cases: Math.Max(1_000, (int)Math.Round(200_000 * scale)),
        AuditEvents: Math.Max(2_000, (int)Math.Round(200_000 * scale)));

    public string Label => Scale.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "×";
}

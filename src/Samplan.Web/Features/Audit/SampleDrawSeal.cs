using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Samplan.Web.Features.Audit;

/// <summary>
/// What the server drew for a random-sample review, sealed into the form. A review is evidence
/// that chance picked the events, so saving takes the events from the seal, never from posted
/// fields: an auditor cannot document a "random" review of events they chose themselves.
/// </summary>
public sealed class SampleDrawSeal(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>A drawn sample has to be reviewed within a working day; after that it is drawn anew.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    // The draw carries its own time, checked against the app's clock (the data protector's
    // time-limited form reads the machine clock, which the app's TimeProvider may not be).
    private readonly IDataProtector protector = protection.CreateProtector("Samplan.Audit.RandomSample.v1");

    public string Seal(SampleDraw draw) =>
        protector.Protect(JsonSerializer.Serialize(draw with { DrawnAt = time.GetUtcNow() }));

    /// <summary>The draw, when the seal is intact, unexpired and was made for this auditor in this
    /// organisation; otherwise null.</summary>
    public SampleDraw? Open(string? sealedDraw, string userId, Guid organisationId)
    {
        if (string.IsNullOrEmpty(sealedDraw))
        {
            return null;
        }

        try
        {
            var draw = JsonSerializer.Deserialize<SampleDraw>(protector.Unprotect(sealedDraw));
            var age = time.GetUtcNow() - (draw?.DrawnAt ?? DateTimeOffset.MinValue);
            return draw is not null && age >= TimeSpan.Zero && age <= Lifetime && draw.UserId == userId && draw.OrganisationId == organisationId ? draw : null;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>The events chance picked, and how the draw was described when shown.</summary>
public sealed record SampleDraw(string UserId, Guid OrganisationId, IReadOnlyList<long> Sequences, int Candidates, string Scope)
{
    public DateTimeOffset DrawnAt { get; init; }
}

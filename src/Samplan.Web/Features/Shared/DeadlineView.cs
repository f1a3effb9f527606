using Samplan.Domain.Cases;

namespace Samplan.Web.Features.Shared;

/// <summary>What the _Deadline partial shows: what is due, by when, seen from today.</summary>
public sealed record DeadlineView(DueKind? Kind, DateOnly Due, DateOnly Today, bool Colon = false);

using Samplan.Web.Infrastructure;

namespace Samplan.Web.Features.Shared;

/// <summary>The options of a unit select: a search's results first, then the units the page
/// knows (the case's own and those chosen), by organisation.</summary>
public sealed record UnitOptions(IReadOnlyList<UnitInfo> Found, IReadOnlyList<UnitInfo> Known, Guid? Selected);

/// <summary>A unit search next to a select (_UnitSearch.cshtml). Without JavaScript its button posts
/// the whole form to <see cref="FormAction"/>, which shows the form again with the results; with
/// JavaScript (wwwroot/js/unit-search.js) typing fills the select from /units/search.</summary>
/// <param name="Key">The field's id; also the fragment the search returns to.</param>
/// <param name="Name">The form name of the search text.</param>
/// <param name="SelectId">The select the results go into.</param>
/// <param name="Scope">Which units /units/search may return (<see cref="UnitSearchEndpoint.Scope"/>).</param>
/// <param name="Searched">Whether this field's search was just made (to tell how many were found).</param>
public sealed record UnitSearchField(string Key, string Name, string? Value, string SelectId, string Scope, string FormAction, bool Searched, int FoundCount);

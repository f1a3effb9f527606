using Samplan.Web.Infrastructure.Input;

namespace Samplan.Web.Features.Audit;

/// <summary>The form of /audit/person, bound from the query string without a prefix.</summary>
public sealed class PersonExtractInput
{
    [FieldLimit(FieldLimitAttribute.Line)]
    public string? Pnr { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

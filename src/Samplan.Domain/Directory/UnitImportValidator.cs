namespace Samplan.Domain.Directory;

/// <summary>
/// Decides, row by row, what an organisation's unit import may do. A row is refused with every
/// reason that applies; the other rows still go in. An organisation imports only units whose HSA
/// id it issued (the id's organisationsnummer is its own) and never takes over another
/// organisation's unit.
/// </summary>
public static class UnitImportValidator
{
    public const int NameMaxLength = 200;

    /// <param name="existingByHsaId">Units already in Samplan, keyed by HSA id (ordinal); only those
    /// whose ids occur in <paramref name="rows"/> matter.</param>
    public static UnitImportReport Validate(
        IReadOnlyList<UnitImportRow> rows,
        Guid organisationId,
        string organisationNumber,
        IReadOnlyDictionary<string, ExistingUnit> existingByHsaId)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationNumber);
        ArgumentNullException.ThrowIfNull(existingByHsaId);

        var linesByHsaId = rows
            .Where(r => r.ReadProblem is null && !string.IsNullOrWhiteSpace(r.HsaId))
            .GroupBy(r => r.HsaId!.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Line).ToList(), StringComparer.Ordinal);

        return new UnitImportReport(rows.Select(row => ValidateRow(row, organisationId, organisationNumber.Trim(), existingByHsaId, linesByHsaId)).ToList());
    }

    private static UnitImportRowResult ValidateRow(
        UnitImportRow row,
        Guid organisationId,
        string organisationNumber,
        IReadOnlyDictionary<string, ExistingUnit> existingByHsaId,
        Dictionary<string, List<int>> linesByHsaId)
    {
        var hsaIdText = row.HsaId?.Trim() ?? string.Empty;
        var name = row.Name?.Trim() ?? string.Empty;
        if (row.ReadProblem is { } problem)
        {
            return new UnitImportRowResult(row.Line, hsaIdText, name, UnitImportOutcome.Refused, [problem]);
        }

        var refusals = new List<UnitImportRefusal>();
        var parsed = HsaId.Parse(hsaIdText);
        if (parsed.Error is { } error)
        {
            refusals.Add(error switch
            {
                HsaIdError.Empty => UnitImportRefusal.HsaIdMissing,
                HsaIdError.TooLong => UnitImportRefusal.HsaIdTooLong,
                HsaIdError.WrongFormat => UnitImportRefusal.HsaIdWrongFormat,
            });
        }
        else if (parsed.Value!.OrganisationNumber != organisationNumber)
        {
            refusals.Add(UnitImportRefusal.HsaIdOfOtherOrganisationNumber);
        }

        if (!string.IsNullOrWhiteSpace(row.OrganisationNumber) && row.OrganisationNumber.Trim() != organisationNumber)
        {
            refusals.Add(UnitImportRefusal.OrganisationNumberMismatch);
        }

        if (name.Length == 0)
        {
            refusals.Add(UnitImportRefusal.NameMissing);
        }
        else if (name.Length > NameMaxLength)
        {
            refusals.Add(UnitImportRefusal.NameTooLong);
        }

        UnitKind? kind = null;
        if (!string.IsNullOrWhiteSpace(row.Kind))
        {
            kind = UnitKinds.Parse(row.Kind);
            if (kind is null)
            {
                refusals.Add(UnitImportRefusal.UnknownKind);
            }
        }

        List<int>? otherLines = null;
        if (linesByHsaId.TryGetValue(hsaIdText, out var lines) && lines.Count > 1)
        {
            otherLines = lines.Where(l => l != row.Line).ToList();
            refusals.Add(UnitImportRefusal.DuplicateInFile);
        }

        existingByHsaId.TryGetValue(hsaIdText, out var existing);
        if (existing is not null && existing.OrganisationId != organisationId)
        {
            refusals.Add(UnitImportRefusal.BelongsToOtherOrganisation);
        }

        if (refusals.Count > 0)
        {
            return new UnitImportRowResult(row.Line, hsaIdText, name, UnitImportOutcome.Refused, refusals, OtherLines: otherLines);
        }

        if (existing is null)
        {
            return new UnitImportRowResult(row.Line, hsaIdText, name, UnitImportOutcome.Created, [], Kind: kind);
        }

        var unchanged = existing.Name == name && (kind is null || kind == existing.Kind);
        return new UnitImportRowResult(row.Line, hsaIdText, name, unchanged ? UnitImportOutcome.Unchanged : UnitImportOutcome.Updated, [], existing.Id, Kind: kind);
    }
}

using System.Text;

namespace Samplan.Domain.Directory;

/// <summary>CSV with a required header row. The separator is ';' when the header has one (Swedish
/// spreadsheets), otherwise ','. Fields may be quoted with "..." and "" inside quotes; a quoted
/// field cannot span lines. Blank lines are skipped.</summary>
internal static class UnitImportCsvReader
{
    public static UnitImportParseResult Read(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headerIndex = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        var separator = lines[headerIndex].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var (header, headerClosed) = SplitFields(lines[headerIndex], separator);
        var hsaIdColumn = header.FindIndex(h => UnitImportColumns.Is(h, UnitImportColumns.HsaId));
        var nameColumn = header.FindIndex(h => UnitImportColumns.Is(h, UnitImportColumns.Name));
        var numberColumn = header.FindIndex(h => UnitImportColumns.Is(h, UnitImportColumns.OrganisationNumber));
        var kindColumn = header.FindIndex(h => UnitImportColumns.Is(h, UnitImportColumns.Kind));
        if (!headerClosed || hsaIdColumn < 0 || nameColumn < 0)
        {
            return UnitImportParseResult.Fail(UnitImportFileError.MissingColumns);
        }

        var ignored = header
            .Where((_, i) => i != hsaIdColumn && i != nameColumn && i != numberColumn && i != kindColumn)
            .Select(h => h.Trim())
            .Where(h => h.Length > 0)
            .ToList();

        var rows = new List<UnitImportRow>();
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var lineNumber = i + 1;
            var (fields, closed) = SplitFields(lines[i], separator);
            if (!closed)
            {
                rows.Add(UnitImportRow.Unreadable(lineNumber, UnitImportRefusal.UnclosedQuote));
            }
            else if (fields.Count != header.Count)
            {
                rows.Add(UnitImportRow.Unreadable(lineNumber, UnitImportRefusal.WrongColumnCount));
            }
            else
            {
                rows.Add(new UnitImportRow(lineNumber, fields[hsaIdColumn], fields[nameColumn], numberColumn < 0 ? null : fields[numberColumn], Kind: kindColumn < 0 ? null : fields[kindColumn]));
            }
        }

        return UnitImportParseResult.Ok(rows, ignored);
    }

    /// <summary>The fields of one line, and whether every quote that opened also closed.</summary>
    private static (List<string> Fields, bool Closed) SplitFields(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '"' && string.IsNullOrWhiteSpace(field.ToString()))
            {
                field.Clear();
                inQuotes = true;
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return (fields, !inQuotes);
    }
}

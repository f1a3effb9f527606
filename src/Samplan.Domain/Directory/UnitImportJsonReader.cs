using System.Text;
using System.Text.Json;

namespace Samplan.Domain.Directory;

/// <summary>A JSON array of objects. Each row's line is where its object starts, so the report
/// points into the file as it does for CSV. Other properties are ignored (and reported).</summary>
internal static class UnitImportJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static UnitImportParseResult Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return UnitImportParseResult.Fail(UnitImportFileError.JsonNotAnArray);
            }

            var lines = ItemStartLines(bytes);
            var ignored = new SortedSet<string>(StringComparer.Ordinal);
            var rows = document.RootElement.EnumerateArray()
                .Select((item, index) => ReadItem(item, lines[index], ignored))
                .ToList();
            return UnitImportParseResult.Ok(rows, [.. ignored]);
        }
        catch (JsonException)
        {
            return UnitImportParseResult.Fail(UnitImportFileError.InvalidJson);
        }
    }

    private static UnitImportRow ReadItem(JsonElement item, int line, ISet<string> ignored)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return UnitImportRow.Unreadable(line, UnitImportRefusal.NotAnObject);
        }

        string? hsaId = null, name = null, number = null, kind = null;
        foreach (var property in item.EnumerateObject())
        {
            var known = UnitImportColumns.Is(property.Name, UnitImportColumns.HsaId)
                || UnitImportColumns.Is(property.Name, UnitImportColumns.Name)
                || UnitImportColumns.Is(property.Name, UnitImportColumns.OrganisationNumber)
                || UnitImportColumns.Is(property.Name, UnitImportColumns.Kind);
            if (!known)
            {
                ignored.Add(property.Name);
                continue;
            }

            if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return UnitImportRow.Unreadable(line, UnitImportRefusal.ValueNotText);
            }

            var value = property.Value.GetString();
            if (UnitImportColumns.Is(property.Name, UnitImportColumns.HsaId))
            {
                hsaId = value;
            }
            else if (UnitImportColumns.Is(property.Name, UnitImportColumns.Name))
            {
                name = value;
            }
            else if (UnitImportColumns.Is(property.Name, UnitImportColumns.Kind))
            {
                kind = value;
            }
            else
            {
                number = value;
            }
        }

        return new UnitImportRow(line, hsaId, name, number, Kind: kind);
    }

    /// <summary>The 1-based line on which each item of the top-level array starts.</summary>
    private static List<int> ItemStartLines(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var lines = new List<int>();
        var line = 1;
        var counted = 0L;
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
            {
                continue;
            }

            line += bytes.AsSpan((int)counted, (int)(reader.TokenStartIndex - counted)).Count((byte)'\n');
            counted = reader.TokenStartIndex;
            lines.Add(line);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return lines;
    }
}

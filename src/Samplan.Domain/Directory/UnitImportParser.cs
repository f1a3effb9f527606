using System.Text;

namespace Samplan.Domain.Directory;

/// <summary>Reads a unit extract (CSV or JSON, UTF-8) into rows. It only reads: whether a row may
/// be imported is for <see cref="UnitImportValidator"/> to say.</summary>
public static class UnitImportParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads an uploaded file. Bytes that are not UTF-8 (an extract saved as Windows-1252,
    /// say) make the whole file unreadable rather than importing garbled names.</summary>
    public static UnitImportParseResult Parse(byte[] content, UnitImportFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return UnitImportParseResult.Fail(UnitImportFileError.NotUtf8);
        }

        return Parse(text, format);
    }

    public static UnitImportParseResult Parse(string? text, UnitImportFormat format)
    {
        var content = (text ?? string.Empty).TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(content))
        {
            return UnitImportParseResult.Fail(UnitImportFileError.Empty);
        }

        return format switch
        {
            UnitImportFormat.Csv => UnitImportCsvReader.Read(content),
            UnitImportFormat.Json => UnitImportJsonReader.Read(content),
        };
    }

    /// <summary>Pasted text has no file name: a JSON extract starts with '['.</summary>
    public static UnitImportFormat GuessFormat(string? text) =>
        (text ?? string.Empty).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('[') ? UnitImportFormat.Json : UnitImportFormat.Csv;

    /// <summary>The format a file name's extension stands for, or null when it is neither .csv nor .json.</summary>
    public static UnitImportFormat? FormatOfFileName(string? fileName) =>
        Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant() switch
        {
            ".CSV" => UnitImportFormat.Csv,
            ".JSON" => UnitImportFormat.Json,
            _ => null,
        };
}

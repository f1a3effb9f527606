namespace Samplan.Domain.Directory;

/// <summary>
/// An HSA id of an organisation's unit (INTEROP.md): "SE", the organisation's ten-digit
/// organisationsnummer, '-', then one or more upper-case letters or digits; at most 64 characters,
/// the length the HSA catalogue and our Units table allow. Example: SE2321000016-ABC1.
/// </summary>
public sealed record HsaId
{
    public const int MaxLength = 64;

    private const string CountryPrefix = "SE";
    private const int OrganisationNumberLength = 10;
    private const int SeparatorIndex = 2 + OrganisationNumberLength;

    private HsaId(string value) => Value = value;

    public string Value { get; }

    /// <summary>The organisationsnummer of the organisation that issued the id.</summary>
    public string OrganisationNumber => Value.Substring(CountryPrefix.Length, OrganisationNumberLength);

    /// <summary>Reads an id as written in a form or an extract. Surrounding spaces are ignored;
    /// lower-case letters are refused rather than guessed, as HSA ids are issued in upper case.</summary>
    public static HsaIdResult Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return HsaIdResult.Fail(HsaIdError.Empty);
        }

        var text = input.Trim();
        if (text.Length > MaxLength)
        {
            return HsaIdResult.Fail(HsaIdError.TooLong);
        }

        return HasValidShape(text) ? HsaIdResult.Ok(new HsaId(text)) : HsaIdResult.Fail(HsaIdError.WrongFormat);
    }

    public override string ToString() => Value;

    private static bool HasValidShape(string text) =>
        text.Length > SeparatorIndex + 1
        && text.StartsWith(CountryPrefix, StringComparison.Ordinal)
        && text.AsSpan(CountryPrefix.Length, OrganisationNumberLength).IndexOfAnyExceptInRange('0', '9') < 0
        && text[SeparatorIndex] == '-'
        && text.Skip(SeparatorIndex + 1).All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}

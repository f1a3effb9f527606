using System.Globalization;
using System.Reflection;
using Samplan.Web.Localization;

namespace Samplan.Web.Tests.Localization;

/// <summary>
/// Every value of every enum <see cref="EnumText"/> names (the case phases, actions, consent
/// kinds, …) has a name in every supported culture, read from the resx files (EnumNames.resx,
/// EnumNames.en.resx): a value added to an enum, or an English entry left out (which would show
/// the Swedish name on an English page), fails here naming the key and the file.
/// </summary>
public sealed class EnumNameCoverageTests
{
    private const string BaseName = "EnumNames";

    /// <summary>The enum types with an <c>EnumText.Of</c> overload.</summary>
    private static IReadOnlyList<(Type Enum, MethodInfo Of)> Named { get; } =
    [
        .. typeof(EnumText).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == nameof(EnumText.Of) && m.GetParameters() is [{ ParameterType.IsEnum: true }])
            .Select(m => (m.GetParameters()[0].ParameterType, m)),
    ];

    private static IEnumerable<(string Key, object Value, MethodInfo Of)> Values =>
        Named.SelectMany(n => Enum.GetValues(n.Enum).Cast<object>().Select(v => ($"{n.Enum.Name}.{v}", v, n.Of)));

    [Fact]
    public void Every_value_of_every_named_enum_has_a_name_in_every_supported_culture()
    {
        Assert.Contains(Named, n => n.Enum == typeof(Samplan.Domain.Cases.CasePhase));
        Assert.True(Named.Count >= 15, $"only {Named.Count} enums named by EnumText");
        // The key is the enum's bare name, so two enums of the same name would share entries.
        Assert.Equal(Named.Count, Named.Select(n => n.Enum.Name).Distinct(StringComparer.Ordinal).Count());

        var missing = new List<string>();
        foreach (var culture in ResourceFiles.Supported)
        {
            var file = ResourceFiles.FileFor(BaseName, culture);
            var names = ResourceFiles.Read(BaseName, culture);
            missing.AddRange(Values
                .Where(v => !names.TryGetValue(v.Key, out var text) || string.IsNullOrWhiteSpace(text))
                .Select(v => $"'{v.Key}' has no name for culture {culture.Name} (add it to {ResourceTexts.Folder}/{file})"));
        }

        Assert.True(missing.Count == 0, "enum values without a name:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_app_shows_each_cultures_name_from_its_own_resources()
    {
        var wrong = new List<string>();
        foreach (var culture in ResourceFiles.Supported)
        {
            var names = ResourceFiles.Read(BaseName, culture);
            foreach (var (key, value, of) in Values)
            {
                var shown = ResourceFiles.In(culture, () => (string)of.Invoke(null, [value])!);
                if (!names.TryGetValue(key, out var text) || shown != text)
                {
                    wrong.Add($"{culture.Name}: {key} shows \"{shown}\", the file says \"{text}\"");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_names_differ_between_the_languages_for_nearly_every_value()
    {
        // A name equal in both languages is rare ("Region"); many would mean an untranslated copy.
        var swedish = ResourceFiles.Read(BaseName, ResourceFiles.Neutral);
        var keys = Values.Select(v => v.Key).ToList();
        foreach (var culture in ResourceFiles.Supported.Where(c => ResourceFiles.FileFor(BaseName, c) != ResourceFiles.FileFor(BaseName, ResourceFiles.Neutral)))
        {
            var other = ResourceFiles.Read(BaseName, culture);
            var same = keys.Where(k => other.TryGetValue(k, out var text) && swedish.TryGetValue(k, out var sv) && text == sv).ToList();

            Assert.True(same.Count * 20 <= keys.Count, $"{same.Count} of {keys.Count} names are the same in {culture.Name} as in Swedish: {string.Join(", ", same)}");
        }
    }

    [Fact]
    public void Every_entry_in_the_files_names_a_value_that_exists()
    {
        var keys = Values.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);

        var stale = ResourceFiles.Supported
            .SelectMany(c => ResourceFiles.Read(BaseName, c).Keys.Where(k => !keys.Contains(k)).Select(k => $"{ResourceFiles.FileFor(BaseName, c)}: {k}"))
            .ToList();

        Assert.True(stale.Count == 0, "entries for no enum value:\n" + string.Join("\n", stale));
    }
}

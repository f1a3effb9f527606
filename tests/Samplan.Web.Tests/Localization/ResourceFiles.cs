using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Xml.Linq;
using Samplan.Web.Localization;

namespace Samplan.Web.Tests.Localization;

/// <summary>The resx files under src/Samplan.Web/Localization/Resources, read as files: at run time
/// a key missing in one language silently falls back to Swedish, so only the files show the gap.</summary>
public static class ResourceFiles
{
    /// <summary>The app's neutral language (Swedish): its texts are in the file without a culture.</summary>
    public static CultureInfo Neutral { get; } = CultureInfo.GetCultureInfo(
        typeof(ResourceTexts).Assembly.GetCustomAttribute<NeutralResourcesLanguageAttribute>()?.CultureName
        ?? throw new InvalidOperationException("Samplan.Web has no NeutralResourcesLanguage"));

    /// <summary>The file a culture's texts are read from: the neutral file for the neutral
    /// language, else Name.{culture}.resx or, failing that, Name.{language}.resx.</summary>
    public static string FileFor(string baseName, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (culture.Name == Neutral.Name || culture.Name == Neutral.TwoLetterISOLanguageName)
        {
            return $"{baseName}.resx";
        }

        var specific = $"{baseName}.{culture.Name}.resx";
        return File.Exists(Path.Combine(Folder, specific)) ? specific : $"{baseName}.{culture.TwoLetterISOLanguageName}.resx";
    }

    /// <summary>Key → text of one culture's file; empty when the file does not exist.</summary>
    public static IReadOnlyDictionary<string, string> Read(string baseName, CultureInfo culture)
    {
        var path = Path.Combine(Folder, FileFor(baseName, culture));
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>Runs <paramref name="read"/> with the culture as the UI culture, as a request in that language would.</summary>
    public static T In<T>(CultureInfo culture, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    public static IReadOnlyList<CultureInfo> Supported => [.. CultureSetup.Supported.Select(CultureInfo.GetCultureInfo)];

    public static string Folder => Path.Combine(RepoRoot(), "src", "Samplan.Web", ResourceTexts.Folder);

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Samplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Samplan.slnx not found above " + AppContext.BaseDirectory);
    }
}

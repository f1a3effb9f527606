namespace Samplan.E2E.Infrastructure;

/// <summary>Where things are, derived from the running test assembly so the suite works from any
/// working directory and in whichever configuration (Debug, Release) it was built.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string WebProjectDirectory => Path.Combine(Root, "src", "Samplan.Web");

    public static string ScreenshotDirectory => Path.Combine(Root, "tests", "Samplan.E2E", "screenshots");

    /// <summary>The configuration and target framework of this test assembly: …/bin/&lt;Configuration&gt;/&lt;tfm&gt;/.</summary>
    public static (string Configuration, string TargetFramework) BuildFlavour()
    {
        var assemblyDirectory = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = assemblyDirectory.Parent?.Name
            ?? throw new InvalidOperationException($"Cannot derive the build configuration from {assemblyDirectory.FullName}.");
        return (configuration, assemblyDirectory.Name);
    }

    /// <summary>The web app's own build output (complete with its deps and runtimeconfig); the
    /// copy next to the test assembly is the fallback.</summary>
    public static string WebAssembly()
    {
        var overridden = Environment.GetEnvironmentVariable("SAMPLAN_E2E_WEB_DLL");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return overridden;
        }

        var (configuration, tfm) = BuildFlavour();
        string[] candidates =
        [
            Path.Combine(WebProjectDirectory, "bin", configuration, tfm, "Samplan.Web.dll"),
            Path.Combine(AppContext.BaseDirectory, "Samplan.Web.dll"),
        ];
        return candidates.FirstOrDefault(c => File.Exists(c) && File.Exists(Path.ChangeExtension(c, ".runtimeconfig.json")))
            ?? throw new FileNotFoundException(
                "Samplan.Web.dll with its runtimeconfig.json was not found. Looked in: " + string.Join(", ", candidates)
                + ". Build the solution first (dotnet build Samplan.slnx -c " + configuration + ").");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Samplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Samplan.slnx not found in any folder above {AppContext.BaseDirectory}.");
    }
}

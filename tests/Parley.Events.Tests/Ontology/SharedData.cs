namespace Parley.Events.Tests.Ontology;

/// <summary>Locates <c>../shared</c> next to the checkout; tests that need it skip when it is absent.</summary>
internal static class SharedData
{
    /// <summary>The shared folder, or null when this checkout has none (e.g. CI on a fresh clone).</summary>
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}

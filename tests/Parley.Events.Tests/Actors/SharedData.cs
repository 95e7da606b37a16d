namespace Parley.Events.Tests.Actors;

/// <summary>Finds <c>../shared</c> next to the checkout (absent on a fresh clone: callers skip).</summary>
internal static class SharedData
{
    public static string? Find(string subfolder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared", subfolder);
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}

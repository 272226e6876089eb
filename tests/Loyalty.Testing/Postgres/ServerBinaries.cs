namespace Loyalty.Testing.Postgres;

/// <summary>Finds the folder holding <c>initdb</c>, <c>postgres</c> and <c>pg_ctl</c>.</summary>
internal static class ServerBinaries
{
    public static string Locate()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(DebianClusterFolders());
        foreach (var folder in candidates)
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "postgres")))
            {
                return folder;
            }
        }

        throw new PostgresUnavailableException("initdb and postgres were not found on PATH or under /usr/lib/postgresql/*/bin.");
    }

    // Debian's postgresql package keeps the server binaries off PATH.
    private static IEnumerable<string> DebianClusterFolders() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(v => Path.Combine(v, "bin"))
            : [];
}

namespace Loyalty.Runtime.Postgres;

/// <summary>One versioned SQL script embedded in this assembly (<c>Migrations/NNNN_name.sql</c>).</summary>
/// <param name="Version">The number in front of the file name.</param>
/// <param name="Name">The file name, kept in <c>schema_version</c> for people reading the table.</param>
/// <param name="Sql">The script.</param>
internal sealed record EmbeddedMigration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Loyalty.Runtime.Postgres.Migrations.";

    /// <summary>Every embedded script, in version order.</summary>
    public static IReadOnlyList<EmbeddedMigration> All { get; } = Load();

    private static EmbeddedMigration[] Load()
    {
        var assembly = typeof(EmbeddedMigration).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var fileName = name[ResourcePrefix.Length..];
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return new EmbeddedMigration(ParseVersion(fileName), fileName, reader.ReadToEnd());
            })
            .OrderBy(migration => migration.Version)
            .ToArray();
    }

    private static int ParseVersion(string fileName)
    {
        var digits = fileName.Split('_', 2)[0];
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InvalidOperationException($"Migration '{fileName}' does not start with a version number.");
    }
}

namespace Loyalty.Testing.Postgres;

/// <summary>Builds unique, valid PostgreSQL database names from a readable purpose.</summary>
internal static class DatabaseName
{
    private const int MaxIdentifierLength = 63;

    public static string For(string purpose)
    {
        var readable = new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var head = readable.Length > MaxIdentifierLength - 12 ? readable[..(MaxIdentifierLength - 12)] : readable;
        return $"t_{head}_{suffix}";
    }
}

namespace Loyalty.Testing.Postgres;

/// <summary>The shell script (embedded <c>supervise.sh</c>) that owns a throwaway server's lifetime.</summary>
internal static class SupervisorScript
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(SupervisorScript).Assembly.GetManifestResourceStream("supervise.sh")
                           ?? throw new InvalidOperationException("supervise.sh is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

namespace Loyalty.Runtime.CodeGen.Tests;

/// <summary>
/// Stand-ins for the runtime types generated code calls that the runtime may not ship yet
/// (<c>Grain</c>, <c>PersistentStateFactory</c>); a stub is only added while the real type is missing.
/// </summary>
internal static class RuntimeStubs
{
    public static string Source { get; } = Build();

    private static string Build()
    {
        var runtime = typeof(IGrain).Assembly;
        var grain = runtime.GetType("Loyalty.Runtime.Grain") is null
            ? "public abstract class Grain { }"
            : string.Empty;
        var stateFactory = runtime.GetType("Loyalty.Runtime.PersistentStateFactory") is null
            ? """
              public static class PersistentStateFactory
              {
                  public static IPersistentState<T> Create<T>(IGrainContext context, string stateName, string? storageName) =>
                      throw new System.NotSupportedException("stub");
              }
              """
            : string.Empty;
        return $$"""
            namespace Loyalty.Runtime
            {
                {{grain}}
                {{stateFactory}}
            }
            """;
    }
}

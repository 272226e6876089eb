namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>Metadata names of the runtime types the generator recognises.</summary>
internal static class KnownNames
{
    public const string RuntimeNamespace = "Loyalty.Runtime";

    /// <summary>The interfaces that make an interface a grain (or observer) interface.</summary>
    public static readonly string[] GrainMarkers =
        ["IGrainWithStringKey", "IGrainWithGuidKey", "IGrainWithIntegerKey", "IGrainObserver"];

    public const string GrainBaseClass = "Loyalty.Runtime.Grain";
    public const string GrainContext = "Loyalty.Runtime.IGrainContext";
    public const string PersistentStateInterface = "Loyalty.Runtime.IPersistentState`1";
    public const string PersistentStateAttribute = "Loyalty.Runtime.PersistentStateAttribute";
    public const string FromKeyedServicesAttribute = "Microsoft.Extensions.DependencyInjection.FromKeyedServicesAttribute";

    public const string ReadOnlyAttribute = "Loyalty.Runtime.ReadOnlyAttribute";
    public const string AlwaysInterleaveAttribute = "Loyalty.Runtime.AlwaysInterleaveAttribute";
    public const string OneWayAttribute = "Loyalty.Runtime.OneWayAttribute";
    public const string ResponseTimeoutAttribute = "Loyalty.Runtime.ResponseTimeoutAttribute";
}

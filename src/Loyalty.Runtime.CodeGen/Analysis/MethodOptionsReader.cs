using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>Reads the scheduling attributes of a grain interface method.</summary>
internal static class MethodOptionsReader
{
    private const string OptionsType = "global::Loyalty.Runtime.Invocation.GrainMethodOptions";

    /// <summary>The <c>GrainMethodOptions</c> expression for the method, e.g. <c>ReadOnly | OneWay</c>.</summary>
    public static string OptionsExpression(IMethodSymbol method)
    {
        var flags = new List<string>();
        AddIfPresent(method, KnownNames.ReadOnlyAttribute, "ReadOnly", flags);
        AddIfPresent(method, KnownNames.AlwaysInterleaveAttribute, "AlwaysInterleave", flags);
        AddIfPresent(method, KnownNames.OneWayAttribute, "OneWay", flags);
        return flags.Count == 0 ? $"{OptionsType}.None" : string.Join(" | ", flags);
    }

    public static bool IsOneWay(IMethodSymbol method) => method.FindAttribute(KnownNames.OneWayAttribute) is not null;

    /// <summary>The written timeout text, or null when the method has no <c>[ResponseTimeout]</c>.</summary>
    public static string? ResponseTimeoutText(IMethodSymbol method) =>
        method.FindAttribute(KnownNames.ResponseTimeoutAttribute) is { ConstructorArguments.Length: 1 } attribute
            ? attribute.ConstructorArguments[0].Value as string ?? string.Empty
            : null;

    /// <summary>Parses the timeout as the runtime will (invariant culture); null when it is not a positive span.</summary>
    public static long? ParseTimeoutTicks(string text) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var timeout) && timeout > TimeSpan.Zero
            ? timeout.Ticks
            : null;

    private static void AddIfPresent(IMethodSymbol method, string attribute, string flag, List<string> flags)
    {
        if (method.FindAttribute(attribute) is not null)
        {
            flags.Add($"{OptionsType}.{flag}");
        }
    }
}

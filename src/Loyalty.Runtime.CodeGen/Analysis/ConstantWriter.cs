using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>Writes attribute arguments and parameter defaults back as C# expressions of the right type.</summary>
internal static class ConstantWriter
{
    public static string Write(TypedConstant constant) =>
        constant.IsNull ? "null" : Write(constant.Type!, constant.Value);

    public static string Write(ITypeSymbol type, object? value)
    {
        if (value is null)
        {
            return type.IsValueType ? "default" : "null";
        }

        var literal = SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false);
        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;

        // A cast gives the literal the parameter's type: 1.5 for a float, 3 for an enum, 7 for a long.
        return underlying.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Char
            ? literal
            : $"({underlying.ToGlobalName()})({literal})";
    }
}

using Loyalty.Runtime.CodeGen.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Loyalty.Runtime.CodeGen.Diagnostics;

/// <summary>
/// A diagnostic held by value: a <see cref="Location"/> keeps its syntax tree alive and defeats
/// pipeline caching, so the location is stored as path and spans and rebuilt when reported.
/// </summary>
internal sealed record DiagnosticInfo(
    string DescriptorId,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        var lineSpan = location?.GetLineSpan() ?? default;
        return new DiagnosticInfo(
            descriptor.Id,
            lineSpan.Path ?? string.Empty,
            location?.SourceSpan ?? default,
            lineSpan.Span,
            arguments.ToEquatableArray());
    }

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            GrainDiagnostics.ById(DescriptorId),
            FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan),
            messageArgs: [.. Arguments]);
}

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
    string? FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        // Members of referenced assemblies have no source to point at.
        var sourceLocation = location is { IsInSource: true } ? location : null;
        var lineSpan = sourceLocation?.GetLineSpan() ?? default;
        return new DiagnosticInfo(
            descriptor.Id,
            sourceLocation is null ? null : lineSpan.Path ?? string.Empty,
            sourceLocation?.SourceSpan ?? default,
            lineSpan.Span,
            arguments.ToEquatableArray());
    }

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            GrainDiagnostics.ById(DescriptorId),
            FilePath is null ? Location.None : Location.Create(FilePath, Span, LineSpan),
            messageArgs: [.. Arguments]);
}

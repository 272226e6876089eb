using Loyalty.Domain.Programs;

namespace Loyalty.Grains.Programs;

/// <summary>The outcome of publishing a program version.</summary>
/// <param name="Published">The definition as published (with its program id and version), when accepted.</param>
/// <param name="Errors">Why it was refused, each naming its field; empty when accepted.</param>
public sealed record ProgramChange(ProgramDefinition? Published, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Whether the version was published.</summary>
    public bool Accepted => Published is not null;
}

/// <summary>A version's number and publication time.</summary>
public sealed record ProgramVersionInfo(int Version, DateTimeOffset PublishedAt);

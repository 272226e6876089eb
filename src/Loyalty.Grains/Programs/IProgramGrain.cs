using Loyalty.Domain.Programs;
using Loyalty.Runtime;

namespace Loyalty.Grains.Programs;

/// <summary>
/// One loyalty program and all its versions. A new version applies to purchases processed after
/// <see cref="PublishAsync"/> returns, never retroactively.
/// </summary>
public interface IProgramGrain : IGrainWithStringKey
{
    /// <summary>The current version, or null before the first publish.</summary>
    [ReadOnly]
    Task<ProgramDefinition?> GetCurrentAsync();

    /// <summary>One earlier or current version, or null.</summary>
    [ReadOnly]
    Task<ProgramDefinition?> GetVersionAsync(int version);

    /// <summary>Every version's number and when it was published, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ProgramVersionInfo>> ListVersionsAsync();

    /// <summary>
    /// Validates <paramref name="definition"/> and publishes it as the next version (its own
    /// <c>programId</c> and <c>version</c> are replaced); returns the errors instead when it is invalid.
    /// </summary>
    Task<ProgramChange> PublishAsync(ProgramDefinition definition);
}

using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Members;

/// <summary>Where a member stands toward the next tier: what the window holds and what the next tier needs.</summary>
/// <param name="Tier">The tier held.</param>
/// <param name="NextTier">The tier above the one held, if any.</param>
/// <param name="NextThreshold">What the next tier needs in the window.</param>
/// <param name="Qualifying">Spend or points earned in the current window.</param>
public sealed record TierProgress(string Tier, string? NextTier, decimal? NextThreshold, decimal Qualifying)
{
    /// <summary>The progress of <paramref name="state"/> at <paramref name="now"/> under <paramref name="program"/>.</summary>
    public static TierProgress Of(MemberState state, CompiledProgram program, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(program);
        var levels = program.Definition.Tiers.Levels;
        var next = program.TierIndexOf(state.Tier) + 1;
        var qualifying = TierDecider.QualifyingMetric(state, program, now);
        return next < levels.Count
            ? new TierProgress(state.Tier, levels[next].Name, levels[next].Threshold, qualifying)
            : new TierProgress(state.Tier, null, null, qualifying);
    }
}

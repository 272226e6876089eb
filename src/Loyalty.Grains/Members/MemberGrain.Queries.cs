using Loyalty.Domain.Members;

namespace Loyalty.Grains.Members;

/// <summary>Read-only views of the member.</summary>
public sealed partial class MemberGrain
{
    /// <inheritdoc />
    public async Task<MemberAccount?> GetAccountAsync()
    {
        var state = _journal.State;
        if (!state.IsEnrolled)
        {
            return null;
        }

        var now = TimeProvider.GetUtcNow();
        var progress = TierProgress.Of(state, await ProgramAsync(), now);
        return new MemberAccount(
            state.MemberId,
            state.EnrolledAt,
            state.BalancesAt(now),
            state.Tier,
            progress.NextTier,
            progress.NextThreshold,
            progress.Qualifying,
            state.Challenges,
            [.. state.Badges],
            state.LifetimeSpend,
            _journal.Version);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MemberActivity>> GetHistoryAsync(int skip, int take) =>
        throw new NotSupportedException("History paging lands with the journal's event paging.");
}

using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Grains.Live;
using Loyalty.Runtime;
using Loyalty.Runtime.Journaling;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>The longest lease a silo may take on a member's live events without renewing.</summary>
    public static readonly TimeSpan MaxWatchLease = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    public Task<long> WatchAsync(ILiveSiloObserver silo, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentOutOfRangeException.ThrowIfLessThan(lease, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lease, MaxWatchLease);
        _watchers.Renew(silo, TimeProvider.GetUtcNow() + lease);
        return Task.FromResult(_journal.Version);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MemberOffer>?> GetOffersAsync()
    {
        var state = _journal.State;
        if (!state.IsEnrolled)
        {
            return null;
        }

        var live = await _campaigns.LiveAtAsync(TimeProvider.GetUtcNow());
        // An offer whose per-member cap the member has reached would pay nothing more: it is not shown.
        return [.. live.Where(campaign => campaign.Terms.Definition.Targeting.Invites(state)
                && (campaign.Terms.Definition.PerMemberCap is not { } cap || state.CampaignPoints.GetValueOrDefault(campaign.Terms.CampaignId) < cap))
            .Select(campaign => MemberOffer.Of(campaign.Terms))];
    }

    /// <summary>Largest page of history one call returns.</summary>
    public const int MaxHistoryPage = 100;

    /// <inheritdoc />
    public async Task<IReadOnlyList<MemberActivity>> GetHistoryAsync(int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxHistoryPage);

        // The journal is the history: every applied transaction left one TransactionCompleted event.
        var journal = ServiceProvider.GetRequiredService<IEventJournal>();
        var stored = await journal.ReadBackwardAsync(this.GetGrainId(), _journal.Version + 1, skip + take, nameof(TransactionCompleted));
        return [.. stored.Skip(skip).Select(e =>
        {
            var completed = (TransactionCompleted)_serializer.Deserialize<IMemberEvent>(e.Payload.Span);
            return new MemberActivity(e.Sequence, completed.At, completed.TransactionId, completed.Result);
        })];
    }
}

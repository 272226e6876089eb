using Loyalty.Domain.Members;

namespace Loyalty.Grains.Members;

/// <summary>A member's account as the member and the till see it.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="EnrolledAt">When the member enrolled.</param>
/// <param name="Balances">Points and cashback balances now.</param>
/// <param name="Tier">The tier held.</param>
/// <param name="NextTier">The tier above, if any.</param>
/// <param name="NextTierThreshold">What qualifies for the next tier (spend or points earned in the window).</param>
/// <param name="Qualifying">What the member has in the current window toward it.</param>
/// <param name="Challenges">Progress by challenge id.</param>
/// <param name="Badges">Badges held.</param>
/// <param name="LifetimeSpend">Net spend over all purchases.</param>
/// <param name="Version">Sequence of the member's last event: clients use it to order live updates.</param>
public sealed record MemberAccount(
    string MemberId,
    DateTimeOffset EnrolledAt,
    MemberBalances Balances,
    string Tier,
    string? NextTier,
    decimal? NextTierThreshold,
    decimal Qualifying,
    IReadOnlyDictionary<string, decimal> Challenges,
    IReadOnlyList<string> Badges,
    decimal LifetimeSpend,
    long Version);

/// <summary>One applied transaction in a member's history.</summary>
/// <param name="Sequence">Its position in the member's journal.</param>
/// <param name="At">When it was applied.</param>
/// <param name="TransactionId">The client's transaction id.</param>
/// <param name="Result">What it did.</param>
public sealed record MemberActivity(long Sequence, DateTimeOffset At, string TransactionId, CommandResult Result);

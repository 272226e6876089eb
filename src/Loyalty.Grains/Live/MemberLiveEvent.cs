using Loyalty.Domain.Members;

namespace Loyalty.Grains.Live;

/// <summary>
/// What a member's app is told after a command of theirs became durable. The sequence is the member's
/// journal version after the append: it only grows, so a client drops an event it has seen and notices a
/// gap after a reconnect, which it fills from the history endpoint.
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="Sequence">The member's journal version once this command's events were appended.</param>
/// <param name="PreviousSequence">
/// The version before them. One command appends several events, so sequences rise in steps: a client that last saw
/// sequence S has missed something exactly when an event's previous sequence is not S.
/// </param>
/// <param name="Kind">The command that caused it (<c>RecordPurchase</c>, <c>ReturnPurchase</c>, <c>RedeemBalance</c>, …).</param>
/// <param name="At">When it was decided.</param>
/// <param name="Result">Balances, tier, evaluation (points, effects, challenge progress, badges) as the till saw them.</param>
public sealed record MemberLiveEvent(string MemberId, long Sequence, long PreviousSequence, string Kind, DateTimeOffset At, CommandResult? Result)
{
    /// <summary>Unique per member and sequence: <c>{memberId}:{sequence}</c>.</summary>
    public string EventId => $"{MemberId}:{Sequence}";
}

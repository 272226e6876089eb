using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>
/// What the decider concluded: events to append (possibly none) and the result, or a rejection.
/// <see cref="State"/> is the state after the events, i.e. the fold of <see cref="Events"/> over the input state.
/// </summary>
/// <param name="Events">Events to append, in order; empty for quotes, replays, rejections and no-ops.</param>
/// <param name="Result">The result when accepted or replayed.</param>
/// <param name="Rejection">Why it was refused, when refused.</param>
/// <param name="State">The state after the events.</param>
/// <param name="IsReplay">True when the transaction was applied before and this is its original result.</param>
public sealed record Decision(
    IReadOnlyList<IMemberEvent> Events,
    CommandResult? Result,
    Rejection? Rejection,
    MemberState State,
    bool IsReplay)
{
    /// <summary>Whether the command was refused.</summary>
    public bool IsRejected => Rejection is not null;

    /// <summary>
    /// A replay of a transaction old enough that the state keeps only its hash: the original result is in the journal's
    /// idempotency record for <c>TransactionId</c>, and the caller returns that.
    /// </summary>
    public bool ResultInJournal => IsReplay && Result is null;

    internal static Decision Rejected(MemberState state, Rejection rejection) => new([], null, rejection, state, false);

    internal static Decision Replayed(MemberState state, CommandResult? result) => new([], result, null, state, true);
}

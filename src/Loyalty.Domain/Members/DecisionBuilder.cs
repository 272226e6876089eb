using Loyalty.Domain.Challenges;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>Collects a command's events, folding each into a working state so later steps see earlier ones.</summary>
internal sealed class DecisionBuilder(MemberState state, DateTimeOffset now)
{
    private readonly List<IMemberEvent> events = [];

    public MemberState State { get; private set; } = state;

    public DateTimeOffset Now { get; } = now;

    public PurchaseEvaluation? Evaluation { get; set; }

    public long Amount { get; set; }

    private TierChanged? TierChange { get; set; }

    private PurchaseReturned? Return { get; set; }

    public void Emit(IMemberEvent memberEvent)
    {
        events.Add(memberEvent);
        State = MemberEvolver.Apply(State, memberEvent);
        TierChange = memberEvent as TierChanged ?? TierChange;
        Return = memberEvent as PurchaseReturned ?? Return;
    }

    /// <summary>Completes the decision; a recorded command also gets its <see cref="TransactionCompleted"/> event.</summary>
    public Decision Accept(string transactionId, string? requestHash)
    {
        var (challenges, awarded, revoked) = ChallengeUpdate.From(events, Evaluation?.Badges ?? [], State);
        var result = new CommandResult(transactionId, State.Tier, TierChange, Evaluation, Return, Amount, State.BalancesAt(Now))
        {
            Challenges = challenges,
            BadgesAwarded = awarded,
            BadgesRevoked = revoked,
        };
        if (requestHash is not null)
        {
            Emit(new TransactionCompleted(Now, transactionId, requestHash, result));
        }

        return new Decision([.. events], result, null, State, false);
    }
}

using Loyalty.Domain.Challenges;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>What a command did, as the till and the app see it; a replay returns the original.</summary>
/// <param name="TransactionId">The command's transaction id.</param>
/// <param name="Tier">The tier after the command.</param>
/// <param name="TierChange">The tier change the command caused, if any.</param>
/// <param name="Evaluation">For purchases and quotes: the full effect list.</param>
/// <param name="Return">For returns: what was reversed.</param>
/// <param name="Amount">For redemptions and holds: units taken.</param>
/// <param name="Balances">Balances right after the command.</param>
public sealed record CommandResult(
    string TransactionId,
    string Tier,
    TierChanged? TierChange,
    PurchaseEvaluation? Evaluation,
    PurchaseReturned? Return,
    long Amount,
    MemberBalances Balances)
{
    // Backing fields: the generated JSON reader sets init properties missing from results stored before challenges to null.
    private readonly IReadOnlyList<ChallengeUpdate>? challenges;
    private readonly IReadOnlyList<string>? badgesAwarded;
    private readonly IReadOnlyList<string>? badgesRevoked;

    /// <summary>Challenges the command moved: progress, completion and reward, or a reward taken back.</summary>
    public IReadOnlyList<ChallengeUpdate> Challenges { get => challenges ?? []; init => challenges = value; }

    /// <summary>Badges the command awarded (by rules or challenges).</summary>
    public IReadOnlyList<string> BadgesAwarded { get => badgesAwarded ?? []; init => badgesAwarded = value; }

    /// <summary>Badges the command took back (a full return, or a revoked challenge).</summary>
    public IReadOnlyList<string> BadgesRevoked { get => badgesRevoked ?? []; init => badgesRevoked = value; }
}

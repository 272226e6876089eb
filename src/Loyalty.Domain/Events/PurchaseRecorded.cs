using System.Text.Json.Serialization;
using Loyalty.Domain.Challenges;
using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Events;

/// <summary>A purchase was evaluated and recorded: its effect list, discount, campaign bonuses, challenge progress and badges.</summary>
/// <param name="At">When it was recorded.</param>
/// <param name="TransactionId">The purchase's transaction id.</param>
/// <param name="OccurredAt">When it happened at the till.</param>
/// <param name="Evaluation">What it earned, per line.</param>
public sealed record PurchaseRecorded(DateTimeOffset At, string TransactionId, DateTimeOffset OccurredAt, PurchaseEvaluation Evaluation) : IMemberEvent
{
    /// <summary>
    /// What it gave each challenge it counted toward, and the progress after it; null (and not written) when none.
    /// Part of this event rather than one of its own so a purchase in challenges costs no extra journal row.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ChallengeAdvance>? Challenges { get; init; }

    /// <summary>
    /// The flash campaigns that paid points on it, out of budget reserved for them: one new lot each, in order, credited
    /// before the purchase's own points (so they take the lower ids and repay any claw-back debt first); null (and not
    /// written) when none. Part of this event for the same reason as
    /// <see cref="Challenges"/>. (Journals written before it hold a <see cref="CampaignBonusesAwarded"/> after the points.)
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CampaignAward>? Campaigns { get; init; }
}

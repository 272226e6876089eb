using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Challenges;
using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Members;

/// <summary>A purchase as the member's history keeps it: what each line earned, and which lines came back.</summary>
/// <param name="TransactionId">The purchase's transaction id.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Lines">Rounded earnings per line.</param>
/// <param name="Progress">Challenge progress per line.</param>
/// <param name="ReturnedLineIds">Lines returned so far.</param>
/// <param name="PointsLotId">The points lot it created, if any.</param>
/// <param name="CashbackLotId">The cashback lot it created, if any.</param>
public sealed record PurchaseRecord(
    string TransactionId,
    DateTimeOffset At,
    IReadOnlyList<LineEarning> Lines,
    IReadOnlyList<ChallengeProgress> Progress,
    IReadOnlyList<string> ReturnedLineIds,
    long? PointsLotId,
    long? CashbackLotId)
{
    // Backing fields: the generated JSON reader sets init properties missing from older snapshots to null.
    private readonly IReadOnlyList<CampaignBonus>? campaigns;
    private readonly IReadOnlyList<long>? campaignLotIds;
    private readonly IReadOnlyList<ChallengeContribution>? challengeContributions;
    private readonly IReadOnlyList<string>? badges;

    /// <summary>What flash campaigns paid on it; an init property so older snapshots still load.</summary>
    public IReadOnlyList<CampaignBonus> Campaigns { get => campaigns ?? []; init => campaigns = value; }

    /// <summary>The lots those campaign bonuses created; a return takes its points back from the purchase's own lot, then these.</summary>
    public IReadOnlyList<long> CampaignLotIds { get => campaignLotIds ?? []; init => campaignLotIds = value; }

    /// <summary>What it gave each challenge, so a return undoes exactly that.</summary>
    public IReadOnlyList<ChallengeContribution> ChallengeContributions { get => challengeContributions ?? []; init => challengeContributions = value; }

    /// <summary>Badges rules awarded on it; a full return takes them back.</summary>
    public IReadOnlyList<string> Badges { get => badges ?? []; init => badges = value; }

    /// <summary>Whether every line has come back.</summary>
    public bool IsFullyReturned => ReturnedLineIds.Count == Lines.Count;

    /// <summary>Spend of the lines not returned.</summary>
    // Index loops, no enumerator: tier qualification sums these over every purchase in the window on each purchase.
    public decimal NetSpend
    {
        get
        {
            var spend = 0m;
            for (var i = 0; i < Lines.Count; i++)
            {
                spend += IsReturned(Lines[i]) ? 0m : Lines[i].Spend;
            }

            return spend;
        }
    }

    /// <summary>Points of the lines not returned.</summary>
    public long NetPoints
    {
        get
        {
            var points = 0L;
            for (var i = 0; i < Lines.Count; i++)
            {
                points += IsReturned(Lines[i]) ? 0 : Lines[i].Points;
            }

            return points;
        }
    }

    private bool IsReturned(LineEarning line) => ReturnedLineIds.Count > 0 && ReturnedLineIds.Contains(line.LineId);
}

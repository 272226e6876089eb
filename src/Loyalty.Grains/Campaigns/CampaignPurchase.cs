using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Members;
using Loyalty.Runtime;

namespace Loyalty.Grains.Campaigns;

/// <summary>How a member's purchase draws flash-campaign budget from the silo's leases, and settles it.</summary>
internal static class CampaignPurchase
{
    // A purchase waits for refills for as long as they bring budget: each successful refill either grants a slice (and the
    // budget is finite) or marks the campaign exhausted, which ends the wait. Failed refills end it sooner, and the cap
    // only guards against a refill that neither grants nor exhausts, which the campaign grain never answers.
    private const int FailedRefillsPerPurchase = 2;
    private const int RefillWaitsPerPurchase = 64;

    /// <summary>Decides with the live campaigns' budget reserved; waits for a refill when a lease ran dry too early.</summary>
    public static async Task<(Decision Decision, CampaignReservations? Reserved)> DecideAsync(
        IReadOnlyList<SiloCampaign>? campaigns, Func<ICampaignBudget?, Decision> decide)
    {
        if (campaigns is not { Count: > 0 })
        {
            return (decide(null), null);
        }

        for (var (waits, failed) = (0, 0); ; waits++)
        {
            var reserved = new CampaignReservations(campaigns);
            var decision = decide(reserved);
            if (reserved.Short.Count == 0 || failed == FailedRefillsPerPurchase || waits == RefillWaitsPerPurchase)
            {
                return (decision, reserved);
            }

            // The lease ran dry while the campaign still has budget: wait for the refill and decide again,
            // rather than tell the member the budget is exhausted when it is not. (Other purchases may take the
            // refill first; then this one waits for the next.) A failed refill is not the purchase's failure:
            // after a few, it earns what the lease holds.
            reserved.Release();
            var refills = reserved.Short.Select(campaign => campaign.RefillAsync()).ToArray();
            await Task.WhenAll(refills).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing);
            failed += Array.Exists(refills, refill => !refill.IsCompletedSuccessfully) ? 1 : 0;
        }
    }

    /// <summary>
    /// The append failed. Durable anyway (a snapshot failed after it): count the award. Definitely not
    /// written: give the budget back. Unknown (the store may have committed): keep it reserved, so the
    /// budget can be under-spent by this purchase but never over-spent.
    /// </summary>
    public static void Settle(this CampaignReservations reserved, Exception failure, bool appended, MemberState before, Decision decision, MemberCommand command)
    {
        if (appended)
        {
            reserved.Commit(before, decision, SpendOf(command));
        }
        else if (failure is InconsistentStateException or GrainSerializationException)
        {
            reserved.Release();
        }
    }

    /// <summary>The spend a purchase command brings (zero for other commands).</summary>
    public static decimal SpendOf(MemberCommand command)
    {
        var spend = 0m;
        var lines = command is RecordPurchase purchase ? purchase.Purchase.Lines : [];
        for (var i = 0; i < lines.Count; i++)
        {
            spend += lines[i].Amount;
        }

        return spend;
    }
}

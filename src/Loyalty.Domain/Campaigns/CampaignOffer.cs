using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;

namespace Loyalty.Domain.Campaigns;

/// <summary>What a campaign would pay on a purchase before its budget is consulted: targeting, effect and caps.</summary>
internal static class CampaignOffer
{
    private const int StackLines = 32;

    /// <summary>Points per line the campaign offers; null when the member, purchase or no line qualifies.</summary>
    public static long[]? Claim(LiveCampaignTerms campaign, Purchase purchase, MemberState member, PurchaseEvaluation evaluation)
    {
        var terms = campaign.Definition;
        if (!Targets(terms.Targeting, purchase, member))
        {
            return null;
        }

        // On the stack for a basket of ordinary size: each live campaign makes one of these per purchase.
        Span<decimal> exact = purchase.Lines.Count <= StackLines ? stackalloc decimal[StackLines] : new decimal[purchase.Lines.Count];
        exact = exact[..purchase.Lines.Count];
        exact.Clear();
        var qualifyingSpend = 0m;
        var qualifying = 0;
        for (var i = 0; i < exact.Length; i++)
        {
            if (Qualifies(terms.Targeting, purchase.Lines[i]))
            {
                exact[i] = terms.Effect.Multiplier is { } multiplier ? decimal.Floor(evaluation.Lines[i].Points * (multiplier - 1m)) : 1m;
                qualifyingSpend += purchase.Lines[i].Amount;
                qualifying++;
            }
        }

        if (qualifying == 0)
        {
            return null;
        }

        if (terms.Effect.FixedBonus is { } bonus)
        {
            // Shared by spend so a partial return takes back its share; a zero-spend basket shares equally.
            for (var i = 0; i < exact.Length; i++)
            {
                exact[i] = exact[i] == 0m ? 0m : bonus * (qualifyingSpend == 0m ? 1m / qualifying : purchase.Lines[i].Amount / qualifyingSpend);
            }
        }

        var byLine = new long[exact.Length];
        LargestRemainder.Allocate(exact, byLine);
        var already = member.CampaignPoints.GetValueOrDefault(campaign.CampaignId);
        var cap = Math.Min(terms.PerPurchaseCap ?? long.MaxValue, terms.PerMemberCap is { } perMember ? Math.Max(0, perMember - already) : long.MaxValue);
        return Shrink(byLine, cap);
    }

    /// <summary>Scales <paramref name="byLine"/> down to at most <paramref name="total"/>, keeping proportions.</summary>
    public static long[] Shrink(long[] byLine, long total)
    {
        var sum = byLine.Sum();
        if (sum <= total)
        {
            return byLine;
        }

        // A per-purchase cap shrinks every capped campaign's offer, so no closure or iterator here either.
        Span<decimal> exact = byLine.Length <= StackLines ? stackalloc decimal[StackLines] : new decimal[byLine.Length];
        exact = exact[..byLine.Length];
        for (var i = 0; i < byLine.Length; i++)
        {
            exact[i] = (decimal)byLine[i] * total / sum;
        }

        var shrunk = new long[byLine.Length];
        LargestRemainder.Allocate(exact, shrunk);
        return shrunk;
    }

    private static bool Targets(CampaignTargeting targeting, Purchase purchase, MemberState member) =>
        targeting.Invites(member)
        && AnyOrContains(targeting.Stores, purchase.StoreId)
        && AnyOrContains(targeting.Channels, purchase.Channel)
        && (targeting.Partners.Count == 0 || (purchase.PartnerId is { } partner && targeting.Partners.Contains(partner)));

    private static bool Qualifies(CampaignTargeting targeting, PurchaseLine line) =>
        (targeting.Categories.Count == 0 && targeting.Skus.Count == 0)
        || targeting.Categories.Contains(line.Category)
        || targeting.Skus.Contains(line.Sku);

    private static bool AnyOrContains(IReadOnlyList<string> values, string value) => values.Count == 0 || values.Contains(value);
}

using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>
/// Badges a rule awarded on a purchase stand while any of its lines does: once every line has come
/// back, the badges go too (a partial return keeps them). Challenge badges follow their challenge.
/// </summary>
internal static class BadgeDecider
{
    public static void RevokeIfFullyReturned(DecisionBuilder builder, string returnId, string purchaseTransactionId)
    {
        var purchase = builder.State.Purchases[purchaseTransactionId];
        if (!purchase.IsFullyReturned)
        {
            return;
        }

        foreach (var badge in purchase.Badges)
        {
            if (builder.State.Badges.Contains(badge))
            {
                builder.Emit(new BadgeRevoked(builder.Now, returnId, badge, purchaseTransactionId));
            }
        }
    }
}

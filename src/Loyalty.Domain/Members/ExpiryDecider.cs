using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>Expires lapsed holds (their units go back to their lots) and then lots past their expiry.</summary>
internal static class ExpiryDecider
{
    public static Rejection? Expire(DecisionBuilder builder)
    {
        var now = builder.Now;
        foreach (var hold in builder.State.Holds.Values.Where(hold => hold.ExpiresAt <= now).OrderBy(hold => hold.HoldId, StringComparer.Ordinal))
        {
            builder.Emit(new HoldExpired(now, hold.HoldId));
        }

        var due = builder.State.Lots
            .Where(lot => lot.Remaining > 0 && lot.IsExpiredAt(now))
            .Select(lot => new LotDraw(lot.Id, lot.Remaining))
            .ToArray();
        if (due.Length > 0)
        {
            builder.Emit(new LotsExpired(now, due));
        }

        return null;
    }
}

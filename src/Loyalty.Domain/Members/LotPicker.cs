namespace Loyalty.Domain.Members;

/// <summary>Chooses lots to draw from: first expiring, first out (FEFO); lots that never expire come last.</summary>
internal static class LotPicker
{
    /// <summary>Draws <paramref name="amount"/> from <paramref name="firstLotIds"/> in order, then FEFO from the other eligible lots.</summary>
    public static List<LotDraw> Fefo(MemberState state, Wallet wallet, long amount, Func<Lot, bool> eligible, IReadOnlyList<long>? firstLotIds = null)
    {
        var draws = new List<LotDraw>();
        firstLotIds ??= [];
        foreach (var first in firstLotIds)
        {
            Take(draws, state.Lots[(int)first - 1], ref amount);
        }

        var candidates = state.Lots
            .Where(lot => lot.Wallet == wallet && !firstLotIds.Contains(lot.Id) && lot.Remaining > 0 && eligible(lot))
            .OrderBy(lot => lot.ExpiresAt ?? DateTimeOffset.MaxValue)
            .ThenBy(lot => lot.AvailableAt)
            .ThenBy(lot => lot.Id);
        foreach (var lot in candidates)
        {
            if (amount == 0)
            {
                break;
            }

            Take(draws, lot, ref amount);
        }

        return draws;
    }

    private static void Take(List<LotDraw> draws, Lot lot, ref long amount)
    {
        var taken = Math.Min(lot.Remaining, amount);
        if (taken > 0)
        {
            draws.Add(new LotDraw(lot.Id, taken));
            amount -= taken;
        }
    }
}

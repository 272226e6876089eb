namespace Loyalty.Domain.Members;

/// <summary>Chooses lots to draw from: first expiring, first out (FEFO); lots that never expire come last.</summary>
internal static class LotPicker
{
    public static List<LotDraw> Fefo(MemberState state, Wallet wallet, long amount, Func<Lot, bool> eligible, long? firstLotId = null)
    {
        var draws = new List<LotDraw>();
        if (firstLotId is { } first)
        {
            Take(draws, state.Lots[(int)first - 1], ref amount);
        }

        var candidates = state.Lots
            .Where(lot => lot.Wallet == wallet && lot.Id != firstLotId && lot.Remaining > 0 && eligible(lot))
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

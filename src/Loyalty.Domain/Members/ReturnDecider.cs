using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>
/// Returns reverse exactly what the returned lines earned. Claw-back policy: the purchase's own lots pay
/// first, then other lots (first expiring first, pending ones included); what no lot covers becomes debt,
/// repaid from the next lots earned. No lot ever goes below zero.
/// </summary>
internal static class ReturnDecider
{
    public static Rejection? Return(DecisionBuilder builder, ReturnPurchase command, CompiledProgram program)
    {
        if (!builder.State.Purchases.TryGetValue(command.PurchaseTransactionId ?? string.Empty, out var purchase))
        {
            return new Rejection(RejectionCode.UnknownPurchase, $"No purchase '{command.PurchaseTransactionId}'.", "purchaseTransactionId");
        }

        var lineIds = command.LineIds ?? [.. purchase.Lines.Select(line => line.LineId).Except(purchase.ReturnedLineIds)];
        if (CheckLines(purchase, lineIds, command.LineIds is null) is { } rejection)
        {
            return rejection;
        }

        var returned = Enumerable.Range(0, purchase.Lines.Count).Where(i => lineIds.Contains(purchase.Lines[i].LineId)).ToArray();
        var perMajor = Currencies.MinorUnitsPerMajor(program.Definition.Currency);
        // Campaign points of the returned lines go too; the campaign's budget does not get them back.
        var points = returned.Sum(i => purchase.Lines[i].Points + purchase.Campaigns.Sum(bonus => bonus.ByLine[i]));
        var cashback = returned.Sum(i => (long)(purchase.Lines[i].Cashback * perMajor));
        var progress = purchase.Progress
            .Select(p => new ChallengeProgress(p.ChallengeId, returned.Sum(i => p.ByLine[i]), [.. returned.Select(i => p.ByLine[i])]))
            .Where(p => p.Amount > 0)
            .ToArray();
        builder.Emit(new PurchaseReturned(
            builder.Now,
            command.TransactionId,
            purchase.TransactionId,
            lineIds,
            returned.Sum(i => purchase.Lines[i].Spend),
            Reverse(builder.State, Wallet.Points, points, [.. OwnLot(purchase.PointsLotId), .. purchase.CampaignLotIds]),
            Reverse(builder.State, Wallet.Cashback, cashback, OwnLot(purchase.CashbackLotId)),
            progress));
        ChallengeDecider.Undo(builder, command.TransactionId, purchase, lineIds);
        BadgeDecider.RevokeIfFullyReturned(builder, command.TransactionId, purchase.TransactionId);
        TierDecider.UndoUpgradeOf(builder, program, purchase.TransactionId);
        return null;
    }

    private static Rejection? CheckLines(PurchaseRecord purchase, IReadOnlyList<string> lineIds, bool wholePurchase)
    {
        if (lineIds.Count == 0)
        {
            return new Rejection(RejectionCode.LineAlreadyReturned, wholePurchase ? "Every line was returned already." : "Name at least one line.", "lineIds");
        }

        for (var i = 0; i < lineIds.Count; i++)
        {
            if (!purchase.Lines.Any(line => line.LineId == lineIds[i]))
            {
                return new Rejection(RejectionCode.UnknownLine, $"The purchase has no line '{lineIds[i]}'.", $"lineIds[{i}]");
            }

            if (purchase.ReturnedLineIds.Contains(lineIds[i]) || lineIds.Take(i).Contains(lineIds[i]))
            {
                return new Rejection(RejectionCode.LineAlreadyReturned, $"Line '{lineIds[i]}' was returned already.", $"lineIds[{i}]");
            }
        }

        return null;
    }

    private static long[] OwnLot(long? lotId) => lotId is { } id ? [id] : [];

    private static Reversal Reverse(MemberState state, Wallet wallet, long amount, IReadOnlyList<long> ownLotIds)
    {
        if (amount == 0)
        {
            return Reversal.None;
        }

        var draws = LotPicker.Fefo(state, wallet, amount, _ => true, ownLotIds);
        return new Reversal(amount, draws, amount - draws.Sum(draw => draw.Amount));
    }
}

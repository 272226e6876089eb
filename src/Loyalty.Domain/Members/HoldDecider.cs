using Loyalty.Domain.Commands;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>Checkout holds: place, capture, release.</summary>
internal static class HoldDecider
{
    public static Rejection? Place(DecisionBuilder builder, PlaceHold command)
    {
        var now = builder.Now;
        if (command.ExpiresAt <= now)
        {
            return new Rejection(RejectionCode.InvalidInput, "A hold must expire in the future.", "expiresAt");
        }

        if (RedeemDecider.CheckAvailable(builder, command.Wallet, command.Amount) is { } rejection)
        {
            return rejection;
        }

        var draws = LotPicker.Fefo(builder.State, command.Wallet, command.Amount, lot => lot.IsSpendableAt(now));
        builder.Emit(new BalanceHeld(now, command.TransactionId, command.Wallet, command.Amount, command.ExpiresAt, draws));
        builder.Amount = command.Amount;
        return null;
    }

    public static Rejection? Capture(DecisionBuilder builder, CaptureHold command)
    {
        if (Find(builder, command.HoldId) is not { } hold)
        {
            return Unknown(command.HoldId);
        }

        if (hold.ExpiresAt <= builder.Now)
        {
            return new Rejection(RejectionCode.HoldExpired, $"Hold '{hold.HoldId}' lapsed at {hold.ExpiresAt:O}.", "holdId");
        }

        builder.Emit(new HoldCaptured(builder.Now, hold.HoldId, command.TransactionId));
        builder.Amount = hold.Amount;
        return null;
    }

    public static Rejection? Release(DecisionBuilder builder, ReleaseHold command)
    {
        if (Find(builder, command.HoldId) is not { } hold)
        {
            return Unknown(command.HoldId);
        }

        builder.Emit(new HoldReleased(builder.Now, hold.HoldId, command.TransactionId));
        builder.Amount = hold.Amount;
        return null;
    }

    private static Hold? Find(DecisionBuilder builder, string holdId) => builder.State.Holds.GetValueOrDefault(holdId ?? string.Empty);

    private static Rejection Unknown(string holdId) => new(RejectionCode.UnknownHold, $"No open hold '{holdId}'.", "holdId");
}

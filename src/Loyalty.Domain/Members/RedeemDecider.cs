using Loyalty.Domain.Commands;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>Direct redemption, first expiring lots first.</summary>
internal static class RedeemDecider
{
    public static Rejection? Redeem(DecisionBuilder builder, RedeemBalance command)
    {
        if (CheckAvailable(builder, command.Wallet, command.Amount) is { } rejection)
        {
            return rejection;
        }

        var now = builder.Now;
        var draws = LotPicker.Fefo(builder.State, command.Wallet, command.Amount, lot => lot.IsSpendableAt(now));
        builder.Emit(new BalanceRedeemed(now, command.TransactionId, command.Wallet, command.Amount, draws));
        builder.Amount = command.Amount;
        return null;
    }

    public static Rejection? CheckAvailable(DecisionBuilder builder, Wallet wallet, long amount)
    {
        if (amount <= 0)
        {
            return new Rejection(RejectionCode.InvalidInput, "The amount must be positive.", "amount");
        }

        if (!Enum.IsDefined(wallet))
        {
            return new Rejection(RejectionCode.InvalidInput, "Unknown wallet.", "wallet");
        }

        var available = WalletBalance.Of(builder.State, wallet, builder.Now).Available;
        return available >= amount
            ? null
            : new Rejection(RejectionCode.InsufficientBalance, $"Only {available} of {amount} {wallet} units are available.", "amount");
    }
}

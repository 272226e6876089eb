namespace Loyalty.Domain.Members;

/// <summary>Value earned at one moment; redemptions, reversals and expiry draw it down, never below zero.</summary>
/// <param name="Id">Position in the ledger, from 1.</param>
/// <param name="Wallet">The wallet the lot belongs to.</param>
/// <param name="Source">The transaction that earned it.</param>
/// <param name="Amount">Units credited.</param>
/// <param name="Remaining">Units not yet drawn; 0 to <paramref name="Amount"/>.</param>
/// <param name="EarnedAt">When it was earned.</param>
/// <param name="AvailableAt">When it can first be spent (end of the pending period).</param>
/// <param name="ExpiresAt">When what remains expires; null for never.</param>
public sealed record Lot(
    long Id,
    Wallet Wallet,
    string Source,
    long Amount,
    long Remaining,
    DateTimeOffset EarnedAt,
    DateTimeOffset AvailableAt,
    DateTimeOffset? ExpiresAt)
{
    /// <summary>Whether the lot can be spent at <paramref name="now"/>.</summary>
    public bool IsSpendableAt(DateTimeOffset now) => Remaining > 0 && AvailableAt <= now && !IsExpiredAt(now);

    /// <summary>Whether the lot's expiry has passed at <paramref name="now"/>.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } expiry && expiry <= now;
}

/// <summary>Units drawn from (or, for holds released, returned to) one lot.</summary>
/// <param name="LotId">The lot.</param>
/// <param name="Amount">Units.</param>
public readonly record struct LotDraw(long LotId, long Amount);

/// <summary>A new lot as an event records it.</summary>
/// <param name="LotId">Id the lot gets (the next ledger position).</param>
/// <param name="Wallet">The wallet credited.</param>
/// <param name="Amount">Units earned.</param>
/// <param name="DebtRepaid">Units of the lot that went straight to repaying claw-back debt.</param>
/// <param name="AvailableAt">End of the pending period.</param>
/// <param name="ExpiresAt">Expiry; null for never.</param>
public sealed record LotCredit(long LotId, Wallet Wallet, long Amount, long DebtRepaid, DateTimeOffset AvailableAt, DateTimeOffset? ExpiresAt);

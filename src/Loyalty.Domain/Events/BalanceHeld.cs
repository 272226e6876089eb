using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>Value was reserved for a checkout, drawn from the lots closest to expiry first.</summary>
/// <param name="At">When.</param>
/// <param name="HoldId">The hold (its transaction id).</param>
/// <param name="Wallet">The wallet held from.</param>
/// <param name="Amount">Units held.</param>
/// <param name="ExpiresAt">When it lapses unless captured.</param>
/// <param name="Draws">Units taken per lot.</param>
public sealed record BalanceHeld(DateTimeOffset At, string HoldId, Wallet Wallet, long Amount, DateTimeOffset ExpiresAt, IReadOnlyList<LotDraw> Draws) : IMemberEvent;

using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>A claw-back from one wallet: drawn from lots (the purchase's own first), the rest as debt.</summary>
/// <param name="Amount">Units reversed in all.</param>
/// <param name="Draws">Units taken per lot.</param>
/// <param name="DebtAdded">Units no lot could cover; repaid from future earnings.</param>
public sealed record Reversal(long Amount, IReadOnlyList<LotDraw> Draws, long DebtAdded)
{
    /// <summary>Nothing reversed.</summary>
    public static Reversal None { get; } = new(0, [], 0);
}

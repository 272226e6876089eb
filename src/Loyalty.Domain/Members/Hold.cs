namespace Loyalty.Domain.Members;

/// <summary>Value reserved at checkout until it is captured, released or expires.</summary>
/// <param name="HoldId">The transaction id that placed the hold.</param>
/// <param name="Wallet">The wallet held from.</param>
/// <param name="Amount">Units held.</param>
/// <param name="ExpiresAt">When an uncaptured hold lapses.</param>
/// <param name="Draws">Lots the units were taken from; a release puts them back there.</param>
public sealed record Hold(string HoldId, Wallet Wallet, long Amount, DateTimeOffset ExpiresAt, IReadOnlyList<LotDraw> Draws);

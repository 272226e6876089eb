using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>What remained in lots past their expiry was written off (points and cashback alike).</summary>
/// <param name="At">When.</param>
/// <param name="Lots">Units expired per lot.</param>
public sealed record LotsExpired(DateTimeOffset At, IReadOnlyList<LotDraw> Lots) : IMemberEvent;

namespace Loyalty.Domain.Evaluation;

/// <summary>What one line earned after rounding; a return of the line reverses exactly this.</summary>
/// <param name="LineId">The line.</param>
/// <param name="Spend">The line amount.</param>
/// <param name="Points">Whole points attributed to the line.</param>
/// <param name="Cashback">Cashback attributed to the line, in whole minor units of the currency.</param>
/// <param name="Discount">Discount granted on the line, in whole minor units, never above the line amount.</param>
public readonly record struct LineEarning(string LineId, decimal Spend, long Points, decimal Cashback, decimal Discount);

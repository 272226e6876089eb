namespace Loyalty.Domain.Evaluation;

/// <summary>Everything a purchase earns under one program version; deterministic in (program, member, purchase).</summary>
/// <param name="ProgramVersion">The version evaluated with.</param>
/// <param name="Spend">Sum of the line amounts.</param>
/// <param name="Points">Whole points: the exact sum over lines, floored once (see docs/program.md).</param>
/// <param name="Cashback">Cashback, floored once to whole minor units.</param>
/// <param name="Discount">Discount, floored once to whole minor units.</param>
/// <param name="Lines">Rounded earnings per line; they sum to the totals.</param>
/// <param name="Effects">Every contribution, in the order applied.</param>
/// <param name="Progress">Challenge progress made.</param>
/// <param name="Badges">Badges newly awarded.</param>
public sealed record PurchaseEvaluation(
    int ProgramVersion,
    decimal Spend,
    long Points,
    Money Cashback,
    Money Discount,
    IReadOnlyList<LineEarning> Lines,
    IReadOnlyList<AppliedEffect> Effects,
    IReadOnlyList<ChallengeProgress> Progress,
    IReadOnlyList<string> Badges);

using Loyalty.Domain.Programs.Rules;

namespace Loyalty.Domain.Evaluation;

/// <summary>
/// Working memory of one evaluation: exact per-line accumulators that compiled effects add to.
/// One instance per thread is reused, so the hot path allocates only the result.
/// </summary>
internal sealed class PurchaseEvaluator
{
    private readonly List<AppliedEffect> effects = [];
    private readonly List<ChallengeProgress> progress = [];
    private readonly List<string> badges = [];

    public Purchase Purchase { get; private set; } = null!;

    public MemberSnapshot Member { get; private set; } = null!;

    public int TierIndex { get; private set; }

    public decimal Amount { get; private set; }

    public TimeOnly LocalTimeOfDay { get; private set; }

    public DateOnly LocalDate { get; private set; }

    public DayOfWeek LocalDayOfWeek { get; private set; }

    public decimal[] BasePoints { get; private set; } = new decimal[8];

    public decimal[] Points { get; private set; } = new decimal[8];

    public decimal[] Cashback { get; private set; } = new decimal[8];

    public decimal[] Discount { get; private set; } = new decimal[8];

    public IReadOnlyList<AppliedEffect> Effects => effects;

    public IReadOnlyList<ChallengeProgress> ChallengeProgress => progress;

    public IReadOnlyList<string> NewBadges => badges;

    public void Reset(Purchase purchase, MemberSnapshot member, int tierIndex, DateTimeOffset localTime)
    {
        Purchase = purchase;
        Member = member;
        TierIndex = tierIndex;
        LocalTimeOfDay = TimeOnly.FromTimeSpan(localTime.TimeOfDay);
        LocalDate = DateOnly.FromDateTime(localTime.DateTime);
        LocalDayOfWeek = localTime.DayOfWeek;
        effects.Clear();
        progress.Clear();
        badges.Clear();
        var count = purchase.Lines.Count;
        if (BasePoints.Length < count)
        {
            (BasePoints, Points, Cashback, Discount) = (new decimal[count], new decimal[count], new decimal[count], new decimal[count]);
        }

        Array.Clear(Points, 0, count);
        Array.Clear(Cashback, 0, count);
        Array.Clear(Discount, 0, count);
        var amount = 0m;
        for (var i = 0; i < count; i++)
        {
            amount += purchase.Lines[i].Amount;
        }

        Amount = amount;
    }

    public void Record(string source, EffectKind kind, decimal amount, string? reference) =>
        effects.Add(new AppliedEffect(source, kind, amount, reference));

    public decimal AddRateOfAmount(decimal rate, LineMatcher matcher, decimal[] target)
    {
        var added = 0m;
        var lines = Purchase.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (matcher.Matches(lines[i]))
            {
                var value = lines[i].Amount * rate;
                target[i] += value;
                added += value;
            }
        }

        return added;
    }

    public decimal SpreadByAmount(decimal total, LineMatcher matcher, decimal[] target)
    {
        var (matched, matchedAmount) = Matched(matcher);
        if (matched == 0)
        {
            return 0m;
        }

        var lines = Purchase.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (matcher.Matches(lines[i]))
            {
                target[i] += matchedAmount == 0m ? total / matched : total * lines[i].Amount / matchedAmount;
            }
        }

        return total;
    }

    public void Progress(string ruleId, string challengeId, ProgressMeasure measure, LineMatcher matcher)
    {
        var byLine = new decimal[Purchase.Lines.Count];
        if (measure == ProgressMeasure.Visits)
        {
            SpreadByAmount(1m, matcher, byLine);
        }

        for (var i = 0; measure != ProgressMeasure.Visits && i < byLine.Length; i++)
        {
            var line = Purchase.Lines[i];
            byLine[i] = !matcher.Matches(line) ? 0m : measure == ProgressMeasure.Spend ? line.Amount : line.Quantity;
        }

        var total = byLine.Sum();
        if (total > 0m)
        {
            progress.Add(new ChallengeProgress(challengeId, total, byLine));
            Record(ruleId, EffectKind.ChallengeProgress, total, challengeId);
        }
    }

    public void AwardBadge(string ruleId, string badgeId)
    {
        if (!Member.Badges.Contains(badgeId) && !badges.Contains(badgeId))
        {
            badges.Add(badgeId);
            Record(ruleId, EffectKind.Badge, 1m, badgeId);
        }
    }

    private (int Count, decimal Amount) Matched(LineMatcher matcher)
    {
        var count = 0;
        var amount = 0m;
        foreach (var line in Purchase.Lines)
        {
            if (matcher.Matches(line))
            {
                count++;
                amount += line.Amount;
            }
        }

        return (count, amount);
    }
}

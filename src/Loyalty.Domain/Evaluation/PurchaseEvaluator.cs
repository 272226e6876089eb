using Loyalty.Domain.Programs.Rules;

namespace Loyalty.Domain.Evaluation;

/// <summary>
/// Working memory of one evaluation. Effects add coefficients per line (extra multiplier, rates, fixed
/// amounts) instead of computing values, and sums per line scope are computed once and cached, so an
/// effect costs a few additions. One instance per thread is reused: the hot path allocates only the result.
/// </summary>
internal sealed partial class PurchaseEvaluator
{
    private readonly List<AppliedEffect> effects = [];
    private readonly List<ChallengeProgress> progress = [];
    private readonly List<string> badges = [];
    private bool[] groupsUsed = new bool[4];

    public Purchase Purchase { get; private set; } = null!;

    /// <summary>Scratch arrays of the rounding step.</summary>
    public RoundingScratch Scratch { get; } = new();

    public MemberSnapshot Member { get; private set; } = null!;

    public int TierIndex { get; private set; }

    public decimal Amount { get; private set; }

    public TimeOnly LocalTimeOfDay { get; private set; }

    public DateOnly LocalDate { get; private set; }

    public DayOfWeek LocalDayOfWeek { get; private set; }

    public int StoreId { get; private set; }

    public int ChannelId { get; private set; }

    public int PartnerId { get; private set; }

    /// <summary>Symbol id of each line's category; -1 when the program never mentions it.</summary>
    public int[] LineCategory { get; private set; } = new int[8];

    /// <summary>Symbol id of each line's SKU; -1 when the program never mentions it.</summary>
    public int[] LineSku { get; private set; } = new int[8];

    /// <summary>Each line's amount, copied out of the basket once so hot loops index an array, not an interface.</summary>
    public decimal[] LineAmount { get; private set; } = new decimal[8];

    /// <summary>Each line's quantity.</summary>
    public int[] LineQuantity { get; private set; } = new int[8];

    /// <summary>How many lines the purchase has.</summary>
    public int LineCount { get; private set; }

    /// <summary>The effects applied so far, copied out of the reused list in one block copy.</summary>
    public AppliedEffect[] CopyEffects() => effects.ToArray();

    public IReadOnlyList<ChallengeProgress> ChallengeProgress => progress;

    public IReadOnlyList<string> NewBadges => badges;

    public void Reset(Purchase purchase, MemberSnapshot member, int tierIndex, DateTimeOffset localTime, SymbolTable symbols, int matcherCount, long minorUnitsPerMajor)
    {
        Purchase = purchase;
        Member = member;
        TierIndex = tierIndex;
        LocalTimeOfDay = TimeOnly.FromTimeSpan(localTime.TimeOfDay);
        LocalDate = DateOnly.FromDateTime(localTime.DateTime);
        LocalDayOfWeek = localTime.DayOfWeek;
        StoreId = SymbolTable.IdOf(symbols.Stores, purchase.StoreId);
        ChannelId = SymbolTable.IdOf(symbols.Channels, purchase.Channel);
        PartnerId = SymbolTable.IdOf(symbols.Partners, purchase.PartnerId);
        effects.Clear();
        progress.Clear();
        badges.Clear();
        var count = purchase.Lines.Count;
        LineCount = count;
        if (LineCategory.Length < count)
        {
            (LineCategory, LineSku) = (new int[count], new int[count]);
            (LineAmount, LineQuantity) = (new decimal[count], new int[count]);
        }

        var amount = 0m;
        for (var i = 0; i < count; i++)
        {
            var line = purchase.Lines[i];
            amount += line.Amount;
            LineAmount[i] = line.Amount;
            LineQuantity[i] = line.Quantity;
            LineCategory[i] = SymbolTable.IdOf(symbols.Categories, line.Category);
            LineSku[i] = SymbolTable.IdOf(symbols.Skus, line.Sku);
        }

        Amount = amount;
        ResetAccumulators(count, matcherCount, minorUnitsPerMajor);
    }

    /// <summary>
    /// A cleared flag per exclusive group, reused across purchases (a stack buffer would keep the rule loop
    /// from being tiered up with profile data).
    /// </summary>
    public Span<bool> ExclusiveGroupsUsed(int groups)
    {
        if (groupsUsed.Length < groups)
        {
            groupsUsed = new bool[groups];
        }

        var used = groupsUsed.AsSpan(0, groups);
        used.Clear();
        return used;
    }

    public void Record(string source, EffectKind kind, decimal amount, string? reference) =>
        effects.Add(new AppliedEffect(source, kind, amount, reference));

    public void Progress(string ruleId, string challengeId, ProgressMeasure measure, LineMatcher matcher)
    {
        var byLine = new decimal[Purchase.Lines.Count];
        if (measure == ProgressMeasure.Visits)
        {
            Spread(matcher, 1m, byLine);
        }

        for (var i = 0; measure != ProgressMeasure.Visits && i < byLine.Length; i++)
        {
            var line = Purchase.Lines[i];
            byLine[i] = !matcher.Matches(this, i) ? 0m : measure == ProgressMeasure.Spend ? line.Amount : line.Quantity;
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
}

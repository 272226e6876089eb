using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Evaluation;

/// <summary>A program version compiled once into delegates; evaluating a purchase interprets no JSON.</summary>
public sealed class CompiledProgram
{
    [ThreadStatic]
    private static PurchaseEvaluator? evaluatorOfThread;

    private readonly BaseEarn baseEarn;
    private readonly ProgramBenefits benefits;
    // The rules each channel can meet, at channel id + 1 (slot 0: a channel the program never names). A rule whose
    // channel conditions exclude the purchase's channel never holds, so the rule loop does not even test it.
    private readonly CompiledRule[][] rulesByChannel;
    private readonly int exclusiveGroupCount;
    private readonly Dictionary<string, int> tierIndexByName;
    private readonly SymbolTable symbols;

    private readonly IReadOnlyList<LineMatcher> matchers;
    private readonly long minorUnitsPerMajor;
    private readonly int minorDigits;

    internal CompiledProgram(ProgramDefinition definition, TimeZoneInfo timeZone, CompiledRule[] rules, int exclusiveGroupCount, RuleCompilation compilation)
    {
        Definition = definition;
        TimeZone = timeZone;
        baseEarn = new BaseEarn(definition.Earn, compilation);
        benefits = new ProgramBenefits(definition.Tiers, definition.Discounts, compilation.AllLines);
        symbols = compilation.Freeze();
        matchers = compilation.Matchers;
        minorUnitsPerMajor = (long)Currencies.MinorUnitsPerMajor(definition.Currency);
        minorDigits = Currencies.MinorDigits(definition.Currency);
        rulesByChannel = [.. Enumerable.Range(-1, symbols.Channels.Count + 1).Select(channel => rules.Where(rule => rule.CanApplyInChannel(channel)).ToArray())];
        this.exclusiveGroupCount = exclusiveGroupCount;
        RankedChallenges = definition.Challenges.Where(c => c.Leaderboard).Select(c => c.ChallengeId).ToHashSet(StringComparer.Ordinal);
        tierIndexByName = definition.Tiers.Levels.Select((level, index) => (level.Name, index)).ToDictionary(x => x.Name, x => x.index, StringComparer.Ordinal);
    }

    /// <summary>The definition this was compiled from.</summary>
    public ProgramDefinition Definition { get; }

    /// <summary>The program version.</summary>
    public int Version => Definition.Version;

    /// <summary>The program's time zone.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Ids of the challenges whose progress ranks members on a leaderboard.</summary>
    public IReadOnlySet<string> RankedChallenges { get; }

    /// <summary>Index of the named tier level; a tier unknown to this version counts as the lowest.</summary>
    public int TierIndexOf(string tier) => tierIndexByName.GetValueOrDefault(tier);

    /// <summary>Evaluates a purchase for a member; pure and deterministic.</summary>
    public PurchaseEvaluation Evaluate(Purchase purchase, MemberSnapshot member)
    {
        ArgumentNullException.ThrowIfNull(purchase);
        ArgumentNullException.ThrowIfNull(member);
        var evaluator = evaluatorOfThread ??= new PurchaseEvaluator();
        var zone = member.Profile.TimeZone is { } own && TimeZoneInfo.TryFindSystemTimeZoneById(own, out var found) ? found : TimeZone;
        evaluator.Reset(purchase, member, TierIndexOf(member.Tier), TimeZoneInfo.ConvertTime(purchase.OccurredAt, zone), symbols, matchers.Count, minorUnitsPerMajor);
        baseEarn.Apply(evaluator);
        benefits.Apply(evaluator);
        ApplyRules(evaluator);
        return EvaluationRounding.ToResult(evaluator, matchers, Version, Definition.Currency, minorDigits);
    }

    private void ApplyRules(PurchaseEvaluator evaluator)
    {
        var groupUsed = evaluator.ExclusiveGroupsUsed(exclusiveGroupCount);
        var anyApplied = false;
        foreach (var rule in rulesByChannel[evaluator.ChannelId + 1])
        {
            if ((rule.ExclusiveGroup >= 0 && groupUsed[rule.ExclusiveGroup]) || (!rule.Stackable && anyApplied) || !rule.Holds(evaluator))
            {
                continue;
            }

            rule.Apply(evaluator);
            anyApplied = true;
            if (rule.ExclusiveGroup >= 0)
            {
                groupUsed[rule.ExclusiveGroup] = true;
            }

            if (!rule.Stackable)
            {
                return;
            }
        }
    }
}

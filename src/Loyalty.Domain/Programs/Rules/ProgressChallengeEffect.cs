using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>Moves a challenge forward by one visit, the spend or the quantity of the lines in scope.</summary>
/// <param name="ChallengeId">The challenge progressed.</param>
/// <param name="Measure">What one purchase contributes.</param>
/// <param name="Lines">Lines that count; null means every line.</param>
public sealed record ProgressChallengeEffect(string ChallengeId, ProgressMeasure Measure, LineScope? Lines) : RuleEffect
{
    internal override void Validate(ValidationContext context, string path)
    {
        context.Require(!string.IsNullOrWhiteSpace(ChallengeId), $"{path}.challengeId", "Must not be blank.");
        Lines?.Validate(context, $"{path}.lines");
    }

    internal override Action<PurchaseEvaluator> Compile(string ruleId, RuleCompilation compilation)
    {
        var matcher = compilation.Matcher(Lines);
        var challengeId = ChallengeId;
        var measure = Measure;
        return evaluator => evaluator.Progress(ruleId, challengeId, measure, matcher);
    }
}

/// <summary>What a purchase contributes to a challenge.</summary>
public enum ProgressMeasure
{
    /// <summary>One visit per qualifying purchase.</summary>
    Visits,

    /// <summary>The amount of the lines in scope.</summary>
    Spend,

    /// <summary>The quantity of the lines in scope.</summary>
    Quantity,
}

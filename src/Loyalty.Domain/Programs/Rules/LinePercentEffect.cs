using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>An effect worth a percent of the lines in scope; cashback and percent discounts differ only in where it goes.</summary>
/// <param name="Percent">Percent of the line amounts.</param>
/// <param name="Lines">Lines in scope; null means every line.</param>
public abstract record LinePercentEffect(decimal Percent, LineScope? Lines) : RuleEffect
{
    internal abstract EffectKind Kind { get; }

    internal override void Validate(ValidationContext context, string path)
    {
        context.RequirePercent(Percent, $"{path}.percent");
        Lines?.Validate(context, $"{path}.lines");
    }

    internal override Action<PurchaseEvaluator> Compile(string ruleId, RuleCompilation compilation)
    {
        var matcher = compilation.Matcher(Lines);
        var ppm = Ppm.FromPercent(Percent);
        var kind = Kind;
        return evaluator => evaluator.Record(ruleId, kind, AddRate(evaluator, matcher, ppm), null);
    }

    /// <summary>Adds the rate to the lines the matcher selects and returns the amount it is worth.</summary>
    internal abstract decimal AddRate(PurchaseEvaluator evaluator, LineMatcher matcher, long ppm);
}

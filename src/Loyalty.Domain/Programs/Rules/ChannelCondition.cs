using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The purchase's channel is one of the listed values (case-insensitive).</summary>
/// <param name="Channels">The accepted values.</param>
public sealed record ChannelCondition(IReadOnlyList<string> Channels) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) => context.RequireValues(Channels, $"{path}.channels");

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var accepted = compilation.Channels.Mask(Channels);
        return evaluator => Symbols.IsSet(accepted, evaluator.ChannelId);
    }
}

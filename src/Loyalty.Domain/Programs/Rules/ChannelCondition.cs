using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The purchase's channel is one of the listed values (case-insensitive).</summary>
/// <param name="Channels">The accepted values.</param>
public sealed record ChannelCondition(IReadOnlyList<string> Channels) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) => context.RequireValues(Channels, $"{path}.channels");

    /// <summary>The channels accepted, as flags over the program's channel ids. The program compiler files a rule under
    /// the channels every one of its channel conditions accepts, so the rule loop never tests these per purchase.</summary>
    internal bool[] AcceptedChannels(RuleCompilation compilation) => compilation.Channels.Mask(Channels);

    // The condition still compiles on its own, as every condition does; the compiled program files rules by channel instead.
    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var accepted = AcceptedChannels(compilation);
        return evaluator => Symbols.IsSet(accepted, evaluator.ChannelId);
    }
}

using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Campaigns;

/// <summary>Checks a campaign definition before it may be scheduled or launched.</summary>
public static class CampaignValidator
{
    /// <summary>Every problem of <paramref name="definition"/>, each naming its field; empty when valid.</summary>
    public static IReadOnlyList<ValidationError> Validate(this CampaignDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new List<ValidationError>();
        void Require(bool condition, string path, string message)
        {
            if (!condition)
            {
                errors.Add(new ValidationError(path, message));
            }
        }

        Require(!string.IsNullOrWhiteSpace(definition.Name), "name", "Must not be blank.");
        Require(definition.EndsAt > definition.StartsAt, "endsAt", "Must be after startsAt.");
        Require(definition.Budget > 0, "budget", "Must be positive.");
        Require(definition.PerPurchaseCap is null or > 0, "perPurchaseCap", "Must be positive when set.");
        Require(definition.PerMemberCap is null or > 0, "perMemberCap", "Must be positive when set.");
        var effect = definition.Effect;
        Require(effect.Multiplier is null != effect.FixedBonus is null, "effect", "Set exactly one of multiplier and fixedBonus.");
        Require(effect.Multiplier is null or > 1m, "effect.multiplier", "Must be above 1.");
        Require(effect.FixedBonus is null or > 0, "effect.fixedBonus", "Must be positive.");
        return errors;
    }
}

using Loyalty.Domain.Challenges;
using Loyalty.Domain.Programs.Rules;

namespace Loyalty.Domain.Programs;

/// <summary>One version of a loyalty program: everything a purchase is evaluated against.</summary>
/// <param name="ProgramId">Stable identifier of the program across versions.</param>
/// <param name="Version">Increases with every change; purchases record the version they were evaluated with.</param>
/// <param name="Currency">ISO 4217 currency of every amount in the program and of accepted purchases.</param>
/// <param name="TimeZone">IANA time zone in which local time of day, day of week and birthdays are read.</param>
/// <param name="Points">Expiry and pending rules of the points wallet.</param>
/// <param name="Cashback">Expiry and pending rules of the cashback wallet.</param>
/// <param name="Earn">Base earn rate and its multipliers.</param>
/// <param name="Tiers">Tier levels, qualification and downgrade policy.</param>
/// <param name="Discounts">The fixed or cumulative discount program.</param>
/// <param name="Bonuses">Welcome and birthday bonuses.</param>
/// <param name="Rules">Declarative rules, applied in their <c>order</c>.</param>
public sealed record ProgramDefinition(
    string ProgramId,
    int Version,
    string Currency,
    string TimeZone,
    WalletPolicy Points,
    WalletPolicy Cashback,
    EarnPolicy Earn,
    TierPolicy Tiers,
    DiscountProgram Discounts,
    BonusPolicy Bonuses,
    IReadOnlyList<RuleDefinition> Rules)
{
    private readonly IReadOnlyList<ChallengeDefinition>? challenges;

    /// <summary>Challenges members work toward; optional in JSON, so definitions written before challenges still load.</summary>
    // The generated JSON reader sets a missing init property to null, hence the backing field.
    public IReadOnlyList<ChallengeDefinition> Challenges { get => challenges ?? []; init => challenges = value; }

    /// <summary>Every problem of this definition, each naming its field (<c>rules[3].effects[0].percent</c>); empty when valid.</summary>
    public IReadOnlyList<ValidationError> Validate() => ProgramValidator.Validate(this);
}

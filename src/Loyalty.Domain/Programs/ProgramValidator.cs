using Loyalty.Domain.Challenges;

namespace Loyalty.Domain.Programs;

/// <summary>Checks a whole program definition and names each bad field with a JSON-path-like name.</summary>
internal static class ProgramValidator
{
    public static IReadOnlyList<ValidationError> Validate(ProgramDefinition program)
    {
        var context = new ValidationContext(program);
        context.Require(!string.IsNullOrWhiteSpace(program.ProgramId), "programId", "Must not be blank.");
        context.Require(program.Version >= 1, "version", "Must be 1 or more.");
        context.Require(
            Currencies.IsSupported(program.Currency),
            "currency",
            $"Unsupported currency '{program.Currency}'. Supported: {string.Join(", ", Currencies.Supported)}.");
        context.Require(
            program.TimeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(program.TimeZone, out _),
            "timeZone",
            $"Unknown time zone '{program.TimeZone}'; use an IANA id such as 'Europe/Berlin'.");
        ValidateWallet(context, program.Points, "points");
        ValidateWallet(context, program.Cashback, "cashback");
        EarnValidator.Validate(context, program.Earn);
        TierValidator.Validate(context, program.Tiers);
        DiscountValidator.Validate(context, program.Discounts);
        context.Require(program.Bonuses is not null, "bonuses", "Is required.");
        context.Require(program.Bonuses is null || program.Bonuses.WelcomePoints >= 0, "bonuses.welcomePoints", "Must not be negative.");
        context.Require(program.Bonuses is null || program.Bonuses.BirthdayPoints >= 0, "bonuses.birthdayPoints", "Must not be negative.");
        RuleValidator.Validate(context, program.Rules);
        ChallengeValidator.Validate(context, program.Challenges);
        return context.Errors;
    }

    private static void ValidateWallet(ValidationContext context, WalletPolicy? wallet, string path)
    {
        context.Require(wallet is not null, path, "Is required.");
        context.Require(wallet is null || wallet.PendingDays is >= 0 and <= 365, $"{path}.pendingDays", "Must be between 0 and 365.");
        context.Require(wallet?.ExpiryDays is null or >= 1, $"{path}.expiryDays", "Must be 1 or more, or null for no expiry.");
        context.Require(
            wallet?.ExpiryDays is null || wallet.ExpiryDays > wallet.PendingDays,
            $"{path}.expiryDays",
            "Must be longer than pendingDays, or lots would expire before they can be spent.");
    }
}

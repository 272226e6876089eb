namespace Loyalty.Domain.Members;

/// <summary>The latest upgrade, kept so that returning the purchase that caused it can undo it.</summary>
/// <param name="TransactionId">The purchase that caused the upgrade.</param>
/// <param name="PreviousTier">The tier before.</param>
/// <param name="PreviousPeriodEndsAt">The tier period end before.</param>
public sealed record TierUpgrade(string TransactionId, string PreviousTier, DateTimeOffset PreviousPeriodEndsAt);

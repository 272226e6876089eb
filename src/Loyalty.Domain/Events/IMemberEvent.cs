using System.Text.Json.Serialization;

namespace Loyalty.Domain.Events;

/// <summary>Something that happened to a member; the journal stores these with a <c>type</c> discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MemberEnrolled), nameof(MemberEnrolled))]
[JsonDerivedType(typeof(WelcomeBonusAwarded), nameof(WelcomeBonusAwarded))]
[JsonDerivedType(typeof(ProfileUpdated), nameof(ProfileUpdated))]
[JsonDerivedType(typeof(PurchaseRecorded), nameof(PurchaseRecorded))]
[JsonDerivedType(typeof(PointsEarned), nameof(PointsEarned))]
[JsonDerivedType(typeof(CashbackEarned), nameof(CashbackEarned))]
[JsonDerivedType(typeof(BalanceRedeemed), nameof(BalanceRedeemed))]
[JsonDerivedType(typeof(BalanceHeld), nameof(BalanceHeld))]
[JsonDerivedType(typeof(HoldCaptured), nameof(HoldCaptured))]
[JsonDerivedType(typeof(HoldReleased), nameof(HoldReleased))]
[JsonDerivedType(typeof(HoldExpired), nameof(HoldExpired))]
[JsonDerivedType(typeof(PurchaseReturned), nameof(PurchaseReturned))]
[JsonDerivedType(typeof(LotsExpired), nameof(LotsExpired))]
[JsonDerivedType(typeof(TierChanged), nameof(TierChanged))]
[JsonDerivedType(typeof(TierPeriodRenewed), nameof(TierPeriodRenewed))]
[JsonDerivedType(typeof(BirthdayBonusAwarded), nameof(BirthdayBonusAwarded))]
[JsonDerivedType(typeof(CampaignBonusAwarded), nameof(CampaignBonusAwarded))]
[JsonDerivedType(typeof(CampaignBonusesAwarded), nameof(CampaignBonusesAwarded))]
[JsonDerivedType(typeof(ChallengeJoined), nameof(ChallengeJoined))]
[JsonDerivedType(typeof(ChallengeProgressed), nameof(ChallengeProgressed))]
[JsonDerivedType(typeof(ChallengeCompleted), nameof(ChallengeCompleted))]
[JsonDerivedType(typeof(ChallengeProgressReversed), nameof(ChallengeProgressReversed))]
[JsonDerivedType(typeof(ChallengeRewardRevoked), nameof(ChallengeRewardRevoked))]
[JsonDerivedType(typeof(BadgeRevoked), nameof(BadgeRevoked))]
[JsonDerivedType(typeof(TransactionCompleted), nameof(TransactionCompleted))]
public interface IMemberEvent
{
    /// <summary>When it happened (the decider's <c>now</c>).</summary>
    DateTimeOffset At { get; }
}

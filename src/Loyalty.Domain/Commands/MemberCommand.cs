using System.Text.Json.Serialization;

namespace Loyalty.Domain.Commands;

/// <summary>A request to a member; <see cref="TransactionId"/> is the client's idempotency key.</summary>
/// <param name="TransactionId">Unique per request; a retry reuses it with the same body.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(EnrollMember), nameof(EnrollMember))]
[JsonDerivedType(typeof(UpdateProfile), nameof(UpdateProfile))]
[JsonDerivedType(typeof(RecordPurchase), nameof(RecordPurchase))]
[JsonDerivedType(typeof(QuotePurchase), nameof(QuotePurchase))]
[JsonDerivedType(typeof(RedeemBalance), nameof(RedeemBalance))]
[JsonDerivedType(typeof(PlaceHold), nameof(PlaceHold))]
[JsonDerivedType(typeof(CaptureHold), nameof(CaptureHold))]
[JsonDerivedType(typeof(ReleaseHold), nameof(ReleaseHold))]
[JsonDerivedType(typeof(ReturnPurchase), nameof(ReturnPurchase))]
[JsonDerivedType(typeof(ExpireDue), nameof(ExpireDue))]
[JsonDerivedType(typeof(CloseTierPeriod), nameof(CloseTierPeriod))]
[JsonDerivedType(typeof(AwardBirthdayBonus), nameof(AwardBirthdayBonus))]
[JsonDerivedType(typeof(JoinChallenge), nameof(JoinChallenge))]
public abstract record MemberCommand(string TransactionId)
{
    /// <summary>
    /// Whether the command is recorded for replay detection. Housekeeping commands (expiry, tier period,
    /// birthday) are idempotent by nature and are not, which keeps the processed-id map to client requests.
    /// </summary>
    internal virtual bool IsRecorded => true;
}

namespace Loyalty.Domain.Commands;

/// <summary>Credit the birthday bonus if today is the member's birthday and none was paid this year.</summary>
/// <param name="TransactionId">Identifies the run in results.</param>
public sealed record AwardBirthdayBonus(string TransactionId) : MemberCommand(TransactionId)
{
    internal override bool IsRecorded => false;
}

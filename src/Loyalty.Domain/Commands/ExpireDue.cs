namespace Loyalty.Domain.Commands;

/// <summary>Expire the lots and holds due at <c>now</c> (driven by a reminder).</summary>
/// <param name="TransactionId">Identifies the run in results.</param>
public sealed record ExpireDue(string TransactionId) : MemberCommand(TransactionId)
{
    internal override bool IsRecorded => false;
}

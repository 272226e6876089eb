namespace Loyalty.Domain.Commands;

/// <summary>Evaluate the tier at period end (driven by a reminder); downgrades happen only here.</summary>
/// <param name="TransactionId">Identifies the run in results.</param>
public sealed record CloseTierPeriod(string TransactionId) : MemberCommand(TransactionId)
{
    internal override bool IsRecorded => false;
}

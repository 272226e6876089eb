using Loyalty.Domain.Members;

namespace Loyalty.Grains.Members;

/// <summary>What a member command did: a durable result, the original result of a replay, or a refusal.</summary>
/// <param name="Result">The result, when accepted or replayed.</param>
/// <param name="Rejection">Why it was refused; nothing changed.</param>
/// <param name="Replayed">True when this is the original result of an earlier request with the same id.</param>
public sealed record MemberOutcome(CommandResult? Result, Rejection? Rejection, bool Replayed)
{
    /// <summary>Whether the command was refused.</summary>
    public bool IsRejected => Rejection is not null;
}

namespace Loyalty.Domain.Members;

/// <summary>A transaction already applied: its request hash (to tell a replay from a conflict) and, while recent, its result.</summary>
/// <param name="RequestHash">SHA-256 of the command's canonical JSON.</param>
/// <param name="Result">
/// The result first returned; a replay returns it again. Null once <see cref="MemberState.RecentResultsKept"/> newer
/// transactions followed: then only the journal's idempotency record holds it, and a replay reads it from there.
/// </param>
public sealed record ProcessedTransaction(string RequestHash, CommandResult? Result);

namespace Loyalty.Silo.Apis.Contracts;

/// <summary>Enrolls a member. Balances, tier and points are never accepted from a caller.</summary>
/// <param name="MemberId">The member's id (letters, digits, <c>._:-</c>; at most 100).</param>
/// <param name="TransactionId">Idempotency key; or send the <c>Idempotency-Key</c> header.</param>
/// <param name="Birthday">Date of birth, for the birthday bonus.</param>
/// <param name="TimeZone">IANA time zone of the member; the program's when absent.</param>
/// <param name="Segments">Marketing segments.</param>
/// <param name="Clubs">Clubs joined.</param>
/// <param name="Subscriptions">Paid subscriptions held.</param>
public sealed record EnrollRequest(
    string MemberId,
    string? TransactionId = null,
    DateOnly? Birthday = null,
    string? TimeZone = null,
    IReadOnlyList<string>? Segments = null,
    IReadOnlyList<string>? Clubs = null,
    IReadOnlyList<string>? Subscriptions = null);

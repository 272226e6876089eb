namespace Loyalty.Domain.Members;

/// <summary>Why a command was refused; nothing was changed.</summary>
/// <param name="Code">Machine-readable reason.</param>
/// <param name="Message">Human-readable reason.</param>
/// <param name="Field">The offending input field, JSON-path-like, when one is to blame.</param>
public sealed record Rejection(RejectionCode Code, string Message, string? Field = null);

/// <summary>Reasons a command is refused.</summary>
public enum RejectionCode
{
    /// <summary>The member has not enrolled.</summary>
    NotEnrolled,

    /// <summary>The member already enrolled (under another transaction id).</summary>
    AlreadyEnrolled,

    /// <summary>The transaction id was used before with a different request.</summary>
    IdempotencyConflict,

    /// <summary>The command's input is malformed; see the field.</summary>
    InvalidInput,

    /// <summary>The purchase is not in the program's currency.</summary>
    CurrencyMismatch,

    /// <summary>Not enough available balance.</summary>
    InsufficientBalance,

    /// <summary>No open hold has that id.</summary>
    UnknownHold,

    /// <summary>The hold lapsed before capture.</summary>
    HoldExpired,

    /// <summary>No purchase has that transaction id.</summary>
    UnknownPurchase,

    /// <summary>A line named in a return is not in the purchase.</summary>
    UnknownLine,

    /// <summary>A line named in a return came back already.</summary>
    LineAlreadyReturned,

    /// <summary>The program has no challenge with that id.</summary>
    UnknownChallenge,

    /// <summary>The challenge cannot be joined (it ended, or every member takes part anyway).</summary>
    ChallengeNotJoinable,

    /// <summary>The member joined the challenge already.</summary>
    AlreadyJoined,
}

namespace Loyalty.Domain.Members;

/// <summary>What the member told us, and the groups they belong to.</summary>
/// <param name="Birthday">Date of birth, if known.</param>
/// <param name="TimeZone">IANA zone of the member; null to use the program's.</param>
/// <param name="Segments">Marketing segments.</param>
/// <param name="Clubs">Clubs joined (baby club, pet club ...).</param>
/// <param name="Subscriptions">Paid subscriptions held.</param>
public sealed record MemberProfile(
    DateOnly? Birthday,
    string? TimeZone,
    IReadOnlyList<string> Segments,
    IReadOnlyList<string> Clubs,
    IReadOnlyList<string> Subscriptions)
{
    /// <summary>A profile with nothing in it.</summary>
    public static MemberProfile Empty { get; } = new(null, null, [], [], []);
}

namespace Loyalty.Domain.Programs;

/// <summary>One-off bonuses.</summary>
/// <param name="WelcomePoints">Points credited on enrollment.</param>
/// <param name="BirthdayPoints">Points credited once a year on the member's birthday.</param>
public sealed record BonusPolicy(long WelcomePoints, long BirthdayPoints);

namespace Loyalty.Runtime;

/// <summary>One durable reminder as the reminder table stores it.</summary>
/// <param name="GrainId">The grain to remind.</param>
/// <param name="ReminderName">The reminder's name, unique per grain.</param>
/// <param name="StartAt">When it first fires.</param>
/// <param name="Period">The interval between ticks after the first.</param>
/// <param name="ETag">The row version, set by the table.</param>
public sealed record ReminderEntry(GrainId GrainId, string ReminderName, DateTimeOffset StartAt, TimeSpan Period, string? ETag = null);

namespace Loyalty.Runtime;

/// <summary>A grain that receives durable reminders.</summary>
public interface IRemindable : IGrain
{
    /// <summary>Called on each tick of a reminder, activating the grain if needed.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}

/// <summary>Details of one reminder tick.</summary>
/// <param name="FirstTickTime">When the reminder first fired.</param>
/// <param name="Period">Its period.</param>
/// <param name="CurrentTickTime">When this tick was due.</param>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);

/// <summary>A handle to a registered reminder.</summary>
public interface IGrainReminder
{
    /// <summary>The reminder's name.</summary>
    string ReminderName { get; }
}

namespace Loyalty.Runtime;

/// <summary>
/// Durable storage of reminders. Ranges are over <see cref="GrainId.GetUniformHashCode"/> so each
/// silo can load the part of the ring it owns; a single silo reads the whole range.
/// </summary>
public interface IReminderTable
{
    /// <summary>Reminders whose grain hash lies in (<paramref name="begin"/>, <paramref name="end"/>]; begin ≥ end wraps round.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(uint begin, uint end);

    /// <summary>All reminders of one grain.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId);

    /// <summary>One reminder, or null.</summary>
    Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName);

    /// <summary>Inserts or replaces a reminder and returns its new ETag.</summary>
    Task<string> UpsertRowAsync(ReminderEntry entry);

    /// <summary>Removes a reminder if its ETag matches; false when it did not exist or changed.</summary>
    Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag);
}

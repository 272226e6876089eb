namespace Loyalty.Runtime;

/// <summary>The ring-range rule of <see cref="IReminderTable.ReadRowsAsync(uint, uint)"/>, shared by every table.</summary>
internal static class ReminderRange
{
    /// <summary>Whether <paramref name="hash"/> lies in (<paramref name="begin"/>, <paramref name="end"/>]; begin ≥ end wraps round the ring.</summary>
    public static bool Contains(uint begin, uint end, uint hash) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;
}

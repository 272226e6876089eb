using System.Globalization;

namespace Loyalty.Runtime;

/// <summary>An <see cref="IReminderTable"/> in process memory, for tests and single-process development.</summary>
public sealed class InMemoryReminderTable : IReminderTable
{
    private readonly Dictionary<(GrainId GrainId, string Name), ReminderEntry> _rows = [];
    private readonly Lock _gate = new();
    private long _lastVersion;

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(uint begin, uint end)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>(
                _rows.Values.Where(row => ReminderRange.Contains(begin, end, row.GrainId.GetUniformHashCode())).ToArray());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>(_rows.Values.Where(row => row.GrainId == grainId).ToArray());
        }
    }

    /// <inheritdoc />
    public Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.GetValueOrDefault((grainId, reminderName)));
        }
    }

    /// <inheritdoc />
    public Task<string> UpsertRowAsync(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            var eTag = (++_lastVersion).ToString(CultureInfo.InvariantCulture);
            _rows[(entry.GrainId, entry.ReminderName)] = entry with { ETag = eTag };
            return Task.FromResult(eTag);
        }
    }

    /// <inheritdoc />
    public Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag)
    {
        lock (_gate)
        {
            var key = (grainId, reminderName);
            var matches = _rows.TryGetValue(key, out var row) && row.ETag == eTag;
            return Task.FromResult(matches && _rows.Remove(key));
        }
    }
}

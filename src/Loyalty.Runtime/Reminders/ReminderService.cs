using System.Collections.Concurrent;
using Loyalty.Runtime.Activations;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Runtime.Reminders;

/// <summary>
/// Keeps a local timer for every reminder in the table and delivers each tick as an ordinary call
/// to <see cref="IRemindable.ReceiveReminder"/>, activating the grain if it is not in memory.
/// A single silo owns the whole table; the cluster issue partitions it by grain hash.
/// </summary>
internal sealed class ReminderService(SiloRuntime runtime) : IDisposable
{
    private readonly ConcurrentDictionary<(GrainId, string), ScheduledReminder> _scheduled = new();

    private IReminderTable Table => runtime.Services.GetService<IReminderTable>()
        ?? throw new InvalidOperationException("No reminder table is configured: call AddMemoryReminderTable() or UsePostgres(...) on the silo builder.");

    public async Task StartAsync()
    {
        if (runtime.Services.GetService<IReminderTable>() is null)
        {
            return;
        }

        foreach (var entry in await Table.ReadRowsAsync(0, 0))
        {
            Schedule(entry);
        }
    }

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (period < runtime.Options.MinimumReminderPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"A reminder period must be at least {runtime.Options.MinimumReminderPeriod}.");
        }

        var grainClass = runtime.GrainClasses.Find(grainId.Type);
        if (grainClass is null || !typeof(IRemindable).IsAssignableFrom(grainClass.ClassType))
        {
            throw new InvalidOperationException($"{grainId} cannot have reminders: its class does not implement IRemindable.");
        }

        var entry = new ReminderEntry(grainId, name, runtime.TimeProvider.GetUtcNow() + dueTime, period);
        var eTag = await Table.UpsertRowAsync(entry);
        Schedule(entry with { ETag = eTag });
        return new ReminderHandle(name, eTag);
    }

    public async Task UnregisterAsync(GrainId grainId, IGrainReminder reminder)
    {
        if (_scheduled.TryRemove((grainId, reminder.ReminderName), out var scheduled))
        {
            scheduled.Dispose();
        }

        var row = await Table.ReadRowAsync(grainId, reminder.ReminderName);
        if (row?.ETag is { } eTag)
        {
            await Table.RemoveRowAsync(grainId, reminder.ReminderName, eTag);
        }
    }

    public async Task<IGrainReminder?> GetAsync(GrainId grainId, string name)
    {
        var row = await Table.ReadRowAsync(grainId, name);
        return row is null ? null : new ReminderHandle(row.ReminderName, row.ETag ?? string.Empty);
    }

    public void Dispose()
    {
        foreach (var scheduled in _scheduled.Values)
        {
            scheduled.Dispose();
        }

        _scheduled.Clear();
    }

    private void Schedule(ReminderEntry entry)
    {
        var scheduled = new ScheduledReminder(entry, runtime);
        _scheduled.AddOrUpdate((entry.GrainId, entry.ReminderName), scheduled, (_, previous) =>
        {
            previous.Dispose();
            return scheduled;
        });
        scheduled.Start();
    }

    private sealed record ReminderHandle(string ReminderName, string ETag) : IGrainReminder;
}

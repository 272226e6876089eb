using Loyalty.Runtime.Journaling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Loyalty.Runtime.Hosting;

/// <summary>Registers the in-memory journal and reminder table (tests, single-process development).</summary>
public static class MemoryJournalSiloBuilderExtensions
{
    /// <summary>Uses <see cref="InMemoryEventJournal"/> as the silo's <see cref="IEventJournal"/>; events live only as long as the process.</summary>
    public static ISiloBuilder AddMemoryJournal(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<IEventJournal>();
        builder.Services.AddSingleton<IEventJournal, InMemoryEventJournal>();
        return builder;
    }

    /// <summary>Uses <see cref="InMemoryReminderTable"/> as the silo's <see cref="IReminderTable"/>; reminders live only as long as the process.</summary>
    public static ISiloBuilder AddMemoryReminderTable(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<IReminderTable>();
        builder.Services.AddSingleton<IReminderTable, InMemoryReminderTable>();
        return builder;
    }
}

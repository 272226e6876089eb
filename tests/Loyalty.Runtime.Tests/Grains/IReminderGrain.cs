namespace Loyalty.Runtime.Tests.Grains;

/// <summary>Registers a durable reminder and logs its ticks in <see cref="LifecycleLog"/>.</summary>
public interface IReminderGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder <paramref name="name"/>.</summary>
    Task RegisterAsync(string name, TimeSpan dueTime, TimeSpan period);

    /// <summary>Removes the reminder <paramref name="name"/>.</summary>
    Task UnregisterAsync(string name);

    /// <summary>Asks to be deactivated after this call.</summary>
    Task DeactivateAsync();
}

public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        LifecycleLog.Add(this.GetPrimaryKeyString(), "activate");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        LifecycleLog.Add(this.GetPrimaryKeyString(), "deactivate");
        return Task.CompletedTask;
    }

    public Task RegisterAsync(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminder(name, dueTime, period);

    public async Task UnregisterAsync(string name)
    {
        var reminder = await GetReminder(name);
        if (reminder is not null)
        {
            await UnregisterReminder(reminder);
        }
    }

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        LifecycleLog.Add(this.GetPrimaryKeyString(), $"tick:{reminderName}");
        return Task.CompletedTask;
    }
}

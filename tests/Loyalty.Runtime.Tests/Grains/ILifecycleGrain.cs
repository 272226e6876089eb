namespace Loyalty.Runtime.Tests.Grains;

/// <summary>Records its lifecycle in <see cref="LifecycleLog"/>; fails activation on request.</summary>
public interface ILifecycleGrain : IGrainWithStringKey
{
    /// <summary>Returns the key.</summary>
    Task<string> EchoAsync();

    /// <summary>Throws an <see cref="ArgumentException"/> with <paramref name="message"/>.</summary>
    Task FailAsync(string message);

    /// <summary>Waits for cancellation of <paramref name="cancellationToken"/>; true if it was cancelled.</summary>
    Task<bool> WaitForCancellationAsync(CancellationToken cancellationToken);

    /// <summary>Fire and forget: records <paramref name="note"/>.</summary>
    [OneWay]
    Task NoteAsync(string note);
}

/// <summary>What lifecycle grains did, by key; tests read it.</summary>
public static class LifecycleLog
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Collections.Concurrent.ConcurrentQueue<string>> Entries = new();

    /// <summary>Keys whose activation must throw.</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, bool> FailActivation { get; } = new();

    /// <summary>Keys whose activation waits for the given task, ignoring its token (it only notes that the token was cancelled).</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> StalledActivations { get; } = new();

    /// <summary>Keys whose deactivation waits for the given task, ignoring its token (it only notes that the token was cancelled).</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> StalledDeactivations { get; } = new();

    public static void Add(string key, string entry) => Entries.GetOrAdd(key, _ => new()).Enqueue(entry);

    public static IReadOnlyList<string> Of(string key) => Entries.TryGetValue(key, out var queue) ? [.. queue] : [];
}

public sealed class LifecycleGrain : Grain, ILifecycleGrain
{
    private string Key => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        LifecycleLog.Add(Key, "activate");
        if (LifecycleLog.StalledActivations.TryGetValue(Key, out var stall))
        {
            return Stalled("activation", stall, cancellationToken);
        }

        return LifecycleLog.FailActivation.TryGetValue(Key, out var fail) && fail
            ? throw new InvalidOperationException("activation refused")
            : Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        LifecycleLog.Add(Key, $"deactivate:{reason.ReasonCode}");
        return LifecycleLog.StalledDeactivations.TryGetValue(Key, out var stall)
            ? Stalled("deactivation", stall, cancellationToken)
            : Task.CompletedTask;
    }

    private Task Stalled(string step, TaskCompletionSource stall, CancellationToken cancellationToken)
    {
        var key = Key;
        cancellationToken.Register(() => LifecycleLog.Add(key, $"{step} token cancelled"));
        return stall.Task;
    }

    public Task<string> EchoAsync() => Task.FromResult(Key);

    public Task FailAsync(string message) => throw new ArgumentException(message);

    public async Task<bool> WaitForCancellationAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public Task NoteAsync(string note)
    {
        LifecycleLog.Add(Key, note);
        return Task.CompletedTask;
    }
}

namespace Loyalty.Runtime.Tests.Grains;

/// <summary>A counter kept in persistent state.</summary>
public interface IStatefulGrain : IGrainWithStringKey
{
    /// <summary>Adds to the counter and writes the state.</summary>
    Task<int> AddAsync(int amount);

    /// <summary>The counter and how many times this grain was activated.</summary>
    Task<StatefulSnapshot> GetAsync();

    /// <summary>Asks to be deactivated after this call.</summary>
    Task DeactivateAsync();
}

public sealed record StatefulSnapshot(int Total, int Activations);

public sealed class CounterState
{
    public int Total { get; set; }

    public int Activations { get; set; }
}

public sealed class StatefulGrain([PersistentState("counter", "store")] IPersistentState<CounterState> state) : Grain, IStatefulGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        state.State.Activations++;
        return state.WriteStateAsync();
    }

    public async Task<int> AddAsync(int amount)
    {
        state.State.Total += amount;
        await state.WriteStateAsync();
        return state.State.Total;
    }

    public Task<StatefulSnapshot> GetAsync() => Task.FromResult(new StatefulSnapshot(state.State.Total, state.State.Activations));

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Programs;
using Loyalty.Runtime;

namespace Loyalty.Grains.Programs;

/// <summary>Holds a program's versions durably and announces the current one to the silo's <see cref="ProgramDirectory"/>.</summary>
public sealed class ProgramGrain(
    [PersistentState("program", LoyaltyStorage.Name)] IPersistentState<ProgramState> state,
    ProgramDirectory directory) : Grain, IProgramGrain
{
    private string ProgramId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Versions.Count > 0)
        {
            directory.Announce(ProgramCompiler.GetOrCompile(state.State.Versions[^1].Definition));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ProgramDefinition?> GetCurrentAsync() =>
        Task.FromResult(state.State.Versions.Count > 0 ? state.State.Versions[^1].Definition : null);

    /// <inheritdoc />
    public Task<ProgramDefinition?> GetVersionAsync(int version) =>
        Task.FromResult(state.State.Versions.FirstOrDefault(v => v.Definition.Version == version)?.Definition);

    /// <inheritdoc />
    public Task<IReadOnlyList<ProgramVersionInfo>> ListVersionsAsync() =>
        Task.FromResult<IReadOnlyList<ProgramVersionInfo>>(
            [.. state.State.Versions.Select(v => new ProgramVersionInfo(v.Definition.Version, v.PublishedAt))]);

    /// <inheritdoc />
    public async Task<ProgramChange> PublishAsync(ProgramDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var next = definition with { ProgramId = ProgramId, Version = state.State.Versions.Count + 1 };
        var errors = next.Validate();
        if (errors.Count > 0)
        {
            return new ProgramChange(null, errors);
        }

        var compiled = ProgramCompiler.GetOrCompile(next);
        state.State.Versions.Add(new PublishedVersion(TimeProvider.GetUtcNow(), next));
        await state.WriteStateAsync();

        // Durable first, then visible: a purchase never runs on a version that could be lost.
        directory.Announce(compiled);
        return new ProgramChange(next, []);
    }
}

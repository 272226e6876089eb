using Loyalty.Domain.Programs;
using Loyalty.Grains.Hosting;
using Loyalty.Grains.Programs;
using Loyalty.Runtime;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Hosting;

/// <summary>
/// Publishes the example program from docs/program.md when the deployment's program has no version
/// yet, so a fresh silo can take purchases at once. An existing program is never touched.
/// </summary>
internal sealed class ProgramSeeder(IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var program = grains.GetGrain<IProgramGrain>(options.Value.ProgramId);
        if (await program.GetCurrentAsync() is null)
        {
            await program.PublishAsync(ExamplePrograms.Default);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

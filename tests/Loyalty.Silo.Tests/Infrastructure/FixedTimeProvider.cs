namespace Loyalty.Silo.Tests.Infrastructure;

/// <summary>A clock stopped at one instant, to mint tokens that are already expired.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

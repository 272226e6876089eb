namespace Loyalty.Runtime.Tests.Journaling;

public sealed class InMemoryReminderTableTests
{
    [Fact]
    public async Task In_memory_reminder_ranges_wrap_round_the_ring()
    {
        var table = new InMemoryReminderTable();
        var grains = Enumerable.Range(0, 30).Select(i => GrainId.Create(new GrainType("member"), i)).ToArray();
        foreach (var grain in grains)
        {
            await table.UpsertRowAsync(new ReminderEntry(grain, "r", DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(1)));
        }

        var inside = await table.ReadRowsAsync(0x10000000u, 0x90000000u);
        var wrapped = await table.ReadRowsAsync(0x90000000u, 0x10000000u);

        Assert.Equal(30, inside.Count + wrapped.Count);
        Assert.Equal(grains.ToHashSet(), inside.Concat(wrapped).Select(r => r.GrainId).ToHashSet());
    }
}

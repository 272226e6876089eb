using Loyalty.Runtime.Tests.Grains;

namespace Loyalty.Runtime.Tests;

public sealed class ObserverTests
{
    [Fact]
    public async Task A_grain_pushes_to_a_local_object_through_an_observer_reference()
    {
        await using var cluster = await Silo.StartAsync();
        var inbox = new Inbox();
        var reference = cluster.GrainFactory.CreateObjectReference<IChatObserver>(inbox);
        var room = cluster.GrainFactory.GetGrain<IChatRoomGrain>("lobby");

        await room.SubscribeAsync(reference);
        await room.PublishAsync("hello");
        await room.PublishAsync("again");

        Assert.Equal(["hello", "again"], inbox.Messages);
    }

    [Fact]
    public async Task A_deleted_observer_reference_no_longer_receives()
    {
        await using var cluster = await Silo.StartAsync();
        var inbox = new Inbox();
        var reference = cluster.GrainFactory.CreateObjectReference<IChatObserver>(inbox);
        var room = cluster.GrainFactory.GetGrain<IChatRoomGrain>("closing");
        await room.SubscribeAsync(reference);

        cluster.GrainFactory.DeleteObjectReference(reference);
        await Task.Delay(50, TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<Exception>(() => room.PublishAsync("lost"));
        Assert.Empty(inbox.Messages);
    }

    private sealed class Inbox : IChatObserver
    {
        public List<string> Messages { get; } = [];

        public Task ReceiveAsync(string message)
        {
            Messages.Add(message);
            return Task.CompletedTask;
        }
    }
}

namespace Loyalty.Runtime.Tests.Grains;

/// <summary>A non-grain subscriber a grain can push to.</summary>
public interface IChatObserver : IGrainObserver
{
    /// <summary>Receives one message.</summary>
    Task ReceiveAsync(string message);
}

/// <summary>Pushes published messages to its subscribers.</summary>
public interface IChatRoomGrain : IGrainWithStringKey
{
    /// <summary>Adds a subscriber.</summary>
    Task SubscribeAsync(IChatObserver observer);

    /// <summary>Sends <paramref name="message"/> to every subscriber.</summary>
    Task PublishAsync(string message);
}

public sealed class ChatRoomGrain : Grain, IChatRoomGrain
{
    private readonly List<IChatObserver> _subscribers = [];

    public Task SubscribeAsync(IChatObserver observer)
    {
        _subscribers.Add(observer);
        return Task.CompletedTask;
    }

    public Task PublishAsync(string message) => Task.WhenAll(_subscribers.Select(s => s.ReceiveAsync(message)));
}

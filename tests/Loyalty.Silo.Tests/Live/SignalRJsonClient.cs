using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Live;

/// <summary>
/// A minimal SignalR client over the JSON hub protocol (records end with 0x1E), enough to prove what a
/// connection receives. No .NET SignalR client can be restored here; the browser tests use the official JS one.
/// </summary>
internal sealed class SignalRJsonClient(WebSocket socket) : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly StringBuilder _pending = new();

    /// <summary>The server's "subscribed" message: where the stream starts.</summary>
    public JsonElement? Subscription { get; private set; }

    public static async Task<SignalRJsonClient> ConnectAsync(WebApplicationFactory<Program> silo, string token)
    {
        var client = silo.Server.CreateWebSocketClient();
        var socket = await client.ConnectAsync(new Uri(silo.Server.BaseAddress, $"hubs/live?access_token={Uri.EscapeDataString(token)}") is var uri
            ? new UriBuilder(uri) { Scheme = "ws" }.Uri
            : null!, TestContext.Current.CancellationToken);
        var connection = new SignalRJsonClient(socket);
        await connection.SendAsync("""{"protocol":"json","version":1}""");
        var handshake = await connection.ReceiveAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("{}", handshake);

        // The handshake answers before the server has put the connection in its stream; "subscribed" says it has.
        connection.Subscription = await connection.NextInvocationAsync("subscribed", TimeSpan.FromSeconds(15));
        Assert.NotNull(connection.Subscription);
        return connection;
    }

    /// <summary>The next invocation of <paramref name="target"/>'s first argument, or null when none came in time.</summary>
    public async Task<JsonElement?> NextInvocationAsync(string target, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline && await ReceiveAsync(deadline - DateTime.UtcNow) is { } record)
        {
            using var message = JsonDocument.Parse(record);
            if (message.RootElement.GetProperty("type").GetInt32() == 1 && message.RootElement.GetProperty("target").GetString() == target)
            {
                return message.RootElement.GetProperty("arguments")[0].Clone();
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        socket.Dispose();
    }

    private Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    private async Task<string?> ReceiveAsync(TimeSpan within)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(within > TimeSpan.Zero ? within : TimeSpan.FromMilliseconds(1));
        var buffer = new byte[16 * 1024];
        while (_pending.ToString().IndexOf(RecordSeparator, StringComparison.Ordinal) is var end && end < 0)
        {
            try
            {
                var received = await socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                _pending.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }

        var text = _pending.ToString();
        var at = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
        _pending.Remove(0, at + 1);
        return text[..at];
    }
}

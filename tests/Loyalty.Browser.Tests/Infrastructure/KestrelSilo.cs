using System.Net;
using System.Net.Sockets;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Security.Tokens;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Browser.Tests.Infrastructure;

/// <summary>
/// A silo on a real Kestrel socket on loopback, so a browser can load its pages and connect to its hub. Two silos
/// made with the same port, signing key and database are the same deployment restarted: tokens and keys stay valid.
/// </summary>
public sealed class KestrelSilo : IAsyncDisposable
{
    /// <summary>A fixed signing key, so tokens outlive a restart of the silo.</summary>
    private const string SigningKey = "browser-tests-signing-key-0123456789abcdef";

    private readonly WebApplicationFactory<Program> _factory;

    private KestrelSilo(int port, string? connectionString, IReadOnlyDictionary<string, string>? settings)
    {
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Urls", BaseAddress.ToString());
            host.UseSetting("Loyalty:Auth:SigningKey", SigningKey);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                host.UseSetting(key, value);
            }

            if (connectionString is not null)
            {
                host.UseSetting("ConnectionStrings:Loyalty", connectionString);
            }
        });
        _factory.UseKestrel();
        _factory.StartServer();
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts a silo on <paramref name="port"/> (a free one when null), on PostgreSQL when a connection string is given.</summary>
    public static KestrelSilo Start(int? port = null, string? connectionString = null, IReadOnlyDictionary<string, string>? settings = null) =>
        new(port ?? FreePort(), connectionString, settings);

    public string Token(string role, string subject) => Services.GetRequiredService<LoyaltyTokenIssuer>().Issue(role, subject).Token;

    /// <summary>A till: an HTTP client with a chain key, talking to the silo over its socket like a real one.</summary>
    public async Task<HttpClient> TillAsync()
    {
        var (key, _) = await Services.GetRequiredService<ApiKeyIssuer>().IssueAsync(ApiKeyScope.ForChain("browser-tests"), "till", TestContext.Current.CancellationToken);
        var till = new HttpClient { BaseAddress = BaseAddress };
        till.DefaultRequestHeaders.Add("X-Api-Key", key);
        return till;
    }

    public string PageUrl(string page, string role, string subject) => new Uri(BaseAddress, page) + "#token=" + Token(role, subject);

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

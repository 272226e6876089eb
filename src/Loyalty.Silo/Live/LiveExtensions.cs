using System.Text.Json.Serialization;
using Loyalty.Grains.Live;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Loyalty.Silo.Live;

/// <summary>Registers and maps the live hub.</summary>
public static class LiveExtensions
{
    /// <summary>SignalR with enums as strings (as the HTTP API writes them), the connection counts, this silo's observer of member events and its subscriptions.</summary>
    public static WebApplicationBuilder AddLoyaltyLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR().AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        builder.Services.AddSingleton<LiveWatchers>();
        builder.Services.AddSingleton<HubLiveObserver>();
        builder.Services.AddHostedService(services => services.GetRequiredService<HubLiveObserver>());
        builder.Services.AddSingleton<MemberSubscriptions>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MemberSubscriptions>());
        builder.Services.Replace(ServiceDescriptor.Singleton<ICampaignLiveFeed, HubCampaignLiveFeed>());
        builder.Services.AddHostedService<MarketerStatsFeed>();
        return builder;
    }

    /// <summary>Maps <see cref="LiveHub.Route"/>.</summary>
    public static WebApplication MapLoyaltyLive(this WebApplication app)
    {
        app.MapHub<LiveHub>(LiveHub.Route);
        return app;
    }
}

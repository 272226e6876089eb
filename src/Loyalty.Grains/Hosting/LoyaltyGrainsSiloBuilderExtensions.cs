using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Loyalty.Domain.Serialization;
using Loyalty.Grains.Campaigns;
using Loyalty.Grains.Live;
using Loyalty.Grains.Leaderboards;
using Loyalty.Grains.Programs;
using Loyalty.Runtime;
using Loyalty.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Loyalty.Grains.Hosting;

/// <summary>Adds the loyalty grains to a silo.</summary>
public static class LoyaltyGrainsSiloBuilderExtensions
{
    /// <summary>
    /// Registers what the loyalty grains need: the program and campaign directories, the leaderboard feed, their options (bound from
    /// <c>Loyalty:Grains</c>, validated on start) and a grain serializer that uses the domain's
    /// source-generated JSON first. Storage, journal and reminders are configured separately.
    /// </summary>
    public static ISiloBuilder AddLoyaltyGrains(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<LoyaltyGrainsOptions>()
            .BindConfiguration(LoyaltyGrainsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<ProgramDirectory>();
        builder.Services.TryAddSingleton<CampaignDirectory>();
        builder.Services.TryAddSingleton<LeaderboardFeed>();
        builder.Services.TryAddSingleton<MemberLiveNotifier>();
        builder.Services.TryAddSingleton<ICampaignLiveFeed, NoCampaignLiveFeed>();
        builder.Services.RemoveAll<IGrainSerializer>();
        builder.Services.AddSingleton<IGrainSerializer>(new JsonGrainSerializer(DomainFirstOptions()));
        return builder;
    }

    // Domain types (events, state, results) use the generated metadata; anything else falls back to reflection.
    private static JsonSerializerOptions DomainFirstOptions()
    {
        var options = new JsonSerializerOptions(DomainJsonContext.Default.Options);
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        return options;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.Domain.Serialization;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Serialization;

public sealed class OlderSnapshotTests
{
    // Fields added after the first snapshots were written; a snapshot from before them lacks them entirely.
    private static readonly string[] LaterStateFields = ["campaignPoints", "challengeStates", "offers"];
    private static readonly string[] LaterPurchaseFields = ["campaigns", "campaignLotIds", "challengeContributions", "badges"];

    [Fact]
    public void A_snapshot_written_before_campaigns_and_challenges_loads_with_empty_collections_and_keeps_working()
    {
        var member = Scenarios.EveryEventKind();
        var json = JsonNode.Parse(Snapshots.Of(member.State))!.AsObject();
        foreach (var field in LaterStateFields)
        {
            Assert.True(json.Remove(field), field);
        }

        foreach (var purchase in json["purchases"]!.AsObject().Select(p => p.Value!.AsObject()))
        {
            foreach (var field in LaterPurchaseFields)
            {
                purchase.Remove(field);
            }
        }

        var loaded = JsonSerializer.Deserialize(json.ToJsonString(), DomainJsonContext.Default.MemberState)!;

        Assert.Empty(loaded.CampaignPoints);
        Assert.Empty(loaded.ChallengeStates);
        Assert.Empty(loaded.Offers);
        Assert.All(loaded.Purchases.Values, purchase =>
        {
            Assert.Empty(purchase.Campaigns);
            Assert.Empty(purchase.CampaignLotIds);
            Assert.Empty(purchase.ChallengeContributions);
            Assert.Empty(purchase.Badges);
        });
        Assert.Equal(member.State.BalancesAt(member.Now), loaded.BalancesAt(member.Now));
    }
}

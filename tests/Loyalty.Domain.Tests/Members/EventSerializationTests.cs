using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Challenges;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Serialization;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Members;

public sealed class EventSerializationTests
{
    [Fact]
    public void Every_event_kind_survives_the_journal_format_unchanged()
    {
        var member = Scenarios.EveryEventKind();
        var json = JsonSerializer.Serialize<IReadOnlyList<IMemberEvent>>(member.Journal, DomainJsonContext.Default.IReadOnlyListIMemberEvent);

        var events = JsonSerializer.Deserialize(json, DomainJsonContext.Default.IReadOnlyListIMemberEvent)!;

        Assert.Equal(json, JsonSerializer.Serialize(events, DomainJsonContext.Default.IReadOnlyListIMemberEvent));
        Assert.Equal(Snapshots.Of(member.State), Snapshots.Of(MemberEvolver.Replay(MemberState.Empty, events)));
        var kinds = typeof(IMemberEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(IMemberEvent).IsAssignableFrom(t));
        Assert.All(kinds, kind => Assert.Contains(events, e => e.GetType() == kind));
    }

    [Fact]
    public void A_purchase_event_carries_its_challenge_advances_leaving_out_what_the_standing_and_basket_imply()
    {
        var member = MemberHarness.Enrolled(Challenges.Challenges.Program(Challenges.Challenges.Spend(1_000m, "fresh"), Challenges.Challenges.Visits(10)));
        member.Buy(("fresh", 60m), ("toys", 5m));
        member.Buy(("toys", 5m), ("fresh", 40m));
        member.Program = ProgramCompiler.Compile(Challenges.Challenges.Program(Challenges.Challenges.Spend(2_000m, "fresh"), Challenges.Challenges.Visits(10)));
        member.Buy(("fresh", 10m));
        member.Program = ProgramCompiler.Compile(TestPrograms.Plain);
        member.Buy(("fresh", 60m));

        var purchases = member.Journal.OfType<PurchaseRecorded>().Select(e => JsonNode.Parse(Journals.Of([e]))![0]!["challenges"]?.ToJsonString()).ToArray();

        // The first advance of a standing carries its kind and goal; later ones only what changed.
        Assert.Equal("""[{"challengeId":"spend","progress":60,"kind":"Spend","goal":1000,"lineIds":["l1"]},{"challengeId":"visits","progress":1,"kind":"Visits","goal":10}]""", purchases[0]);
        Assert.Equal("""[{"challengeId":"spend","progress":100,"lineIds":["l2"]},{"challengeId":"visits","progress":2}]""", purchases[1]);
        Assert.Equal("""[{"challengeId":"spend","progress":110,"goal":2000},{"challengeId":"visits","progress":3}]""", purchases[2]);
        Assert.Null(purchases[3]);
        Assert.Equal((2_000m, 110m), (member.State.ChallengeStates["spend"].Goal, member.State.ChallengeStates["spend"].Progress));
    }

    [Fact]
    public void A_purchase_event_carries_its_campaign_awards_with_lots_ahead_of_its_own_points()
    {
        var member = MemberHarness.Enrolled(TestPrograms.Plain);
        member.Campaigns = new TestBudget(10_000, TestBudget.Campaign("double", CampaignEffect.Multiply(2m)), TestBudget.Campaign("bonus", CampaignEffect.Bonus(5)));
        var firstLot = member.State.NextLotId;

        member.Buy(("fresh", 30m), ("toys", 10m));

        var awards = JsonNode.Parse(Journals.Of([member.Journal.OfType<PurchaseRecorded>().Single()]))![0]!["campaigns"]!.AsArray();
        Assert.Equal(
            [("double", "[30,10]", firstLot, 40L), ("bonus", "[4,1]", firstLot + 1, 5L)],
            awards.Select(award => (
                (string)award!["bonus"]!["campaignId"]!, award["bonus"]!["byLine"]!.ToJsonString(), (long)award["lot"]!["lotId"]!, (long)award["lot"]!["amount"]!)));
        Assert.Equal(firstLot + 2, member.Journal.OfType<PointsEarned>().Single().Lot.LotId);
        Assert.DoesNotContain(member.Journal, e => e is CampaignBonusesAwarded or CampaignBonusAwarded);
        Assert.Equal([40L, 5L], member.State.Lots.Skip((int)firstLot - 1).Take(2).Select(lot => lot.Amount));
        Assert.Equal((40L, 5L), (member.State.CampaignPoints["double"], member.State.CampaignPoints["bonus"]));
    }

    [Fact]
    public void Stored_challenge_values_missing_a_field_are_refused_rather_than_read_as_defaults()
    {
        var options = DomainJsonContext.Default.Options;

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ChallengeUpdate>("""{"challengeId":"c","progress":1}""", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ChallengeContribution>("""{"challengeId":"c","kind":"Spend","period":0}""", options));
        Assert.Equal(2m, JsonSerializer.Deserialize<ChallengeUpdate>("""{"challengeId":"c","progress":1,"goal":2}""", options).Goal);
        Assert.Equal(["l1"], JsonSerializer.Deserialize<ChallengeContribution>("""{"challengeId":"c","kind":"Spend","lineIds":["l1"],"period":0}""", options).LineIds);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ChallengeAdvance>("""{"challengeId":"c","kind":"Spend"}""", options));
        Assert.Equal(3m, JsonSerializer.Deserialize<ChallengeAdvance>("""{"challengeId":"c","progress":3}""", options).Progress);
    }

    [Fact]
    public void A_challenge_advance_keeps_kind_and_goal_only_where_written_and_equals_one_built_either_way()
    {
        var options = DomainJsonContext.Default.Options;
        var first = new ChallengeAdvance("c", 1m, ChallengeKind.Spend, 10m, ["l1"]);
        var later = new ChallengeAdvance("c", 2m, period: 7);

        Assert.Equal("""{"challengeId":"c","progress":1,"kind":"Spend","goal":10,"lineIds":["l1"]}""", JsonSerializer.Serialize(first, options));
        Assert.Equal(first with { LineIds = null }, JsonSerializer.Deserialize<ChallengeAdvance>("""{"challengeId":"c","progress":1,"kind":"Spend","goal":10}""", options));
        Assert.Equal("""{"challengeId":"c","progress":2,"period":7}""", JsonSerializer.Serialize(later, options));
        Assert.Equal((null, null), (later.Kind, later.Goal));
        Assert.Equal((null, 5m), (new ChallengeAdvance("c", 1m, goal: 5m).Kind, new ChallengeAdvance("c", 1m, goal: 5m).Goal));
        Assert.Equal(new ChallengeAdvance("c", 1m, ChallengeKind.Spend, 10m, first.LineIds), first);
        Assert.NotEqual(new ChallengeAdvance("c", 1m, ChallengeKind.Spend, 11m, first.LineIds), first);
    }

    [Fact]
    public void A_challenge_update_writes_what_happened_and_equals_one_built_either_way()
    {
        var options = DomainJsonContext.Default.Options;
        var progressed = new ChallengeUpdate("c", 1m, 2m);
        var completed = new ChallengeUpdate("c", 2m, 2m, completed: true, rewardPoints: 100, badgeId: "b");

        Assert.Equal("""{"challengeId":"c","progress":1,"goal":2}""", JsonSerializer.Serialize(progressed, options));
        Assert.Equal("""{"challengeId":"c","progress":2,"goal":2,"completed":true,"rewardPoints":100,"badgeId":"b"}""", JsonSerializer.Serialize(completed, options));
        Assert.Equal(completed, JsonSerializer.Deserialize<ChallengeUpdate>(JsonSerializer.Serialize(completed, options), options));
        Assert.Equal(completed, progressed with { Progress = 2m, Completed = true, RewardPoints = 100, BadgeId = "b" });
        Assert.Equal(progressed, completed with { Progress = 1m, Completed = false, RewardPoints = 0, BadgeId = null });
        Assert.NotEqual(progressed, progressed with { Joined = true });
        Assert.True(progressed with { Revoked = true, PointsTakenBack = 5, OfferId = "o" } is { Revoked: true, PointsTakenBack: 5, OfferId: "o", Joined: false, Completed: false });
    }

    [Fact]
    public void A_standing_changed_in_its_terms_or_its_counts_reads_and_compares_as_one_built_whole()
    {
        var options = DomainJsonContext.Default.Options;
        var standing = ChallengeState.New("c", ChallengeKind.Spend, 1000m) with { Progress = 5m, Spend = 5m, Visits = 1 };
        var completion = new ChallengeCompletion("p1", Baskets.Monday10, 7, "b", null);

        var changed = standing with { Goal = 1000.0m, Joined = true, Completion = completion, Progress = 6m };

        Assert.Equal(new ChallengeState("c", ChallengeKind.Spend, 1000m, true, 6m, 5m, 1, standing.Periods, standing.Skus, completion), changed);
        Assert.Equal((ChallengeKind.Spend, 1000m, true, completion), (changed.Kind, changed.Goal, changed.Joined, changed.Completion));
        Assert.Contains("\"goal\":1000.0,", JsonSerializer.Serialize(changed, options), StringComparison.Ordinal);
        Assert.Contains("\"goal\":1000,", JsonSerializer.Serialize(standing with { Goal = 1000m }, options), StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize<ChallengeState>(JsonSerializer.Serialize(changed, options), options)!;
        Assert.Equal(changed, read with { Periods = standing.Periods, Skus = standing.Skus });
        Assert.False((changed with { Completion = null }).IsCompleted);
        Assert.Equal(standing, standing with { Joined = true } with { Joined = false });
    }

    [Fact]
    public void Events_carry_a_type_discriminator()
    {
        var json = JsonSerializer.Serialize<IMemberEvent>(new HoldExpired(Baskets.Monday10, "h1"), DomainJsonContext.Default.IMemberEvent);

        Assert.StartsWith("{\"type\":\"HoldExpired\"", json, StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;
using Loyalty.Domain.Challenges;
using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Tests.Challenges;

public sealed class ChallengeDefinitionTests
{
    [Fact]
    public void The_example_program_holds_one_challenge_of_each_kind()
    {
        Assert.Equal(
            [ChallengeKind.Spend, ChallengeKind.Visits, ChallengeKind.Streak, ChallengeKind.SkuSet],
            ExamplePrograms.Default.Challenges.Select(c => c.Kind));
    }

    [Fact]
    public void A_program_written_before_challenges_loads_with_none()
    {
        var json = JsonNode.Parse(ProgramLoader.Save(ExamplePrograms.Default))!.AsObject();
        json.Remove("challenges");

        var loaded = ProgramLoader.Load(json.ToJsonString());

        Assert.True(loaded.IsValid);
        Assert.Empty(loaded.Definition!.Challenges);
    }

    [Fact]
    public void Each_bad_field_of_a_challenge_is_named()
    {
        var bad = Challenges.Visits(0) with
        {
            ChallengeId = "spend",
            Name = " ",
            EndsOn = Challenges.Monday.AddDays(-1),
            MinimumSpend = -1m,
            Categories = ["fresh", ""],
            Skus = ["x"],
            Reward = new ChallengeReward(-5, " ", null),
        };
        var program = Challenges.Program(Challenges.Spend(10m), bad, Challenges.Streak(1, StreakUnit.Days), Challenges.SkuSet("a", "A"));

        var paths = program.Validate().Select(error => error.Path).ToArray();

        Assert.Equal(
            [
                "challenges[1].challengeId", "challenges[1].name", "challenges[1].endsOn", "challenges[1].minimumSpend",
                "challenges[1].categories[1]", "challenges[1].target", "challenges[1].skus", "challenges[1].reward.points",
                "challenges[1].reward.badgeId", "challenges[2].target", "challenges[3].skus",
            ],
            paths);
    }

    [Fact]
    public void An_unknown_kind_in_json_is_refused_on_load_naming_the_field()
    {
        var json = JsonNode.Parse(ProgramLoader.Save(Challenges.Program(Challenges.Spend(10m))))!;
        json["challenges"]![0]!["kind"] = "lottery";

        var loaded = ProgramLoader.Load(json.ToJsonString());

        Assert.False(loaded.IsValid);
        Assert.Equal("challenges[0].kind", Assert.Single(loaded.Errors).Path);
    }
}

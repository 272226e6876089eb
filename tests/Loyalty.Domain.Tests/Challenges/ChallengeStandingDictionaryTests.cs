using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Loyalty.Domain.Challenges;
using Loyalty.Domain.Serialization;

namespace Loyalty.Domain.Tests.Challenges;

public sealed class ChallengeStandingDictionaryTests
{
    private static ChallengeState StandingOf(string id, decimal progress) => ChallengeState.New(id, ChallengeKind.Visits, 10m) with { Progress = progress };

    // Each step replaces or adds a few standings in a version picked among all made so far, as quotes branch off old states.
    [Fact]
    public void Every_version_holds_what_a_dictionary_given_the_same_changes_holds()
    {
        var steps = Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 12))).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(steps, changes =>
        {
            var versions = new List<(ChallengeStandingDictionary Standings, Dictionary<string, decimal> Expected)> { (ChallengeStandingDictionary.Empty, []) };
            foreach (var (picks, step) in changes.Select((picks, step) => (picks, step)))
            {
                var (standings, expected) = versions[step * 7 % versions.Count];
                ChallengeState[] changed = [.. picks.Select((pick, i) => StandingOf($"c{pick}", (step * 100) + i))];
                var next = new Dictionary<string, decimal>(expected);
                foreach (var standing in changed)
                {
                    next[standing.ChallengeId] = standing.Progress;
                }

                versions.Add((changed.Length == 1 ? standings.SetItem(changed[0]) : standings.SetItems(changed), next));
            }

            Assert.All(versions, version =>
            {
                Assert.Equal(version.Expected.OrderBy(e => e.Key, StringComparer.Ordinal), version.Standings.Select(s => KeyValuePair.Create(s.Key, s.Value.Progress)));
                Assert.All(version.Expected, e => Assert.Equal(e.Value, version.Standings[e.Key].Progress));
                Assert.False(version.Standings.ContainsKey("absent"));
            });
        }));
    }

    [Fact]
    public void Standings_are_read_and_written_as_the_object_keyed_by_challenge_id_that_older_snapshots_hold()
    {
        const string older = """
            {"visits":{"challengeId":"visits","kind":"Visits","goal":10,"joined":true,"progress":3,"spend":0,"visits":3,"periods":{},"skus":{},"completion":null,"isCompleted":false},
             "spend":{"challengeId":"spend","kind":"Spend","goal":100,"joined":false,"progress":40,"spend":40,"visits":2,"periods":{},"skus":{},"completion":null,"isCompleted":false}}
            """;

        var read = JsonSerializer.Deserialize<ChallengeStandingDictionary>(older, DomainJsonContext.Default.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(read, DomainJsonContext.Default.Options))!.AsObject();

        Assert.Equal(["spend", "visits"], read.Keys);
        Assert.Equal((3m, true, 40m), (read["visits"].Progress, read["visits"].Joined, read["spend"].Spend));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(older), written));
    }

    [Theory]
    [InlineData("""{"spend":{"challengeId":"visits","kind":"Visits","goal":10,"joined":false,"progress":0,"spend":0,"visits":0,"periods":{},"skus":{},"completion":null}}""")]
    [InlineData("""{"visits":{"challengeId":"visits","kind":"Visits","goal":10,"joined":false,"progress":0,"spend":0,"visits":0,"periods":{},"skus":{},"completion":null},"visits":{"challengeId":"visits","kind":"Visits","goal":10,"joined":false,"progress":1,"spend":0,"visits":0,"periods":{},"skus":{},"completion":null}}""")]
    public void Stored_standings_under_the_wrong_key_or_twice_are_refused_as_bad_json(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ChallengeStandingDictionary>(json, DomainJsonContext.Default.Options));
}

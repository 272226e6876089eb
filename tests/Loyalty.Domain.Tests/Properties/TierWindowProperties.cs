using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Loyalty.Domain.Members;
using Loyalty.Domain.Serialization;

namespace Loyalty.Domain.Tests.Properties;

/// <summary>The running totals tier qualification reads agree with a walk over every purchase, at every step.</summary>
public sealed class TierWindowProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly Arbitrary<int[]> Histories = Gen.ArrayOf(Gen.Choose(0, 1_000_000)).ScaleSize(size => size * 2).ToArbitrary();

    private static readonly int[] WindowDays = [1, 7, 30, 365];

    [Fact]
    public void Window_totals_equal_a_walk_over_the_purchases_live_and_after_a_snapshot()
    {
        Check.One(Runs, Prop.ForAll(Histories, numbers =>
        {
            var member = RandomHistory.Play(numbers, (member, _, _) => AssertWindows(member.State, member.Now));

            var loaded = JsonSerializer.Deserialize(JsonSerializer.Serialize(member.State, DomainJsonContext.Default.MemberState), DomainJsonContext.Default.MemberState)!;
            AssertWindows(loaded, member.Now);
        }));
    }

    // Quotes decide on a state and drop the result, so the next purchase appends to a version already appended to.
    [Fact]
    public void Every_version_keeps_its_own_totals_whatever_is_appended_to_which_version()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Check.One(Runs, Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 1_000)).ToArbitrary(), picks =>
        {
            var versions = new List<(PurchaseTimeline Timeline, PurchaseRecord[] Purchases)> { (PurchaseTimeline.Of([]), []) };
            foreach (var (pick, step) in picks.Select((pick, step) => (pick, step)))
            {
                var (timeline, purchases) = versions[pick % versions.Count];
                var purchase = new PurchaseRecord($"t{step}", start.AddHours(step - (pick % 3)), [new("1", pick, pick % 50, 0m, 0m)], [], [], null, null);
                PurchaseRecord[] all = [.. purchases, purchase];
                versions.Add((timeline.Add(purchase, all), all));
            }

            Assert.All(versions, version =>
            {
                var (after, upTo) = (start.AddHours(picks.Length / 3), start.AddHours(picks.Length));
                var inWindow = version.Purchases.Where(p => p.At > after && p.At <= upTo).ToArray();
                Assert.Equal((inWindow.Sum(p => p.NetSpend), inWindow.Sum(p => p.NetPoints)), version.Timeline.Between(after, upTo));
            });
        }));
    }

    private static void AssertWindows(MemberState state, DateTimeOffset now)
    {
        foreach (var days in WindowDays)
        {
            var after = now.AddDays(-days);
            var inWindow = state.Purchases.Values.Where(purchase => purchase.At > after && purchase.At <= now).ToArray();
            Assert.Equal((inWindow.Sum(purchase => purchase.NetSpend), inWindow.Sum(purchase => purchase.NetPoints)), state.Timeline.Between(after, now));
        }
    }
}

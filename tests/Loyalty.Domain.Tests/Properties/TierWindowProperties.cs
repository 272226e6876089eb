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

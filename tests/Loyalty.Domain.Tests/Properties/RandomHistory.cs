using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Properties;

/// <summary>
/// Plays a history decoded from random integers (four per step) against a member: purchases, partial and
/// full returns, redemptions, holds, captures, releases, expiry, tier periods, birthdays, profile changes,
/// program changes, replays, flash campaigns and challenges (opt-ins, progress, rewards and their revocation). After every step it hands the harness and the state before the step to <c>check</c>.
/// </summary>
internal static class RandomHistory
{
    private static readonly CompiledProgram[] Programs =
        [ProgramCompiler.Compile(PropertyPrograms.Version1), ProgramCompiler.Compile(PropertyPrograms.Version2)];

    public static MemberHarness Play(int[] numbers, Action<MemberHarness, MemberState, Decision?> check, bool changePrograms = true)
    {
        // Two flash campaigns with a budget that runs out part-way, so bonuses, caps and exhaustion mix into every history.
        var campaigns = new TestBudget(
            2_000,
            TestBudget.Campaign("double", CampaignEffect.Multiply(2m), perPurchaseCap: 400),
            TestBudget.Campaign("bonus", CampaignEffect.Bonus(75), perMemberCap: 500));
        var member = new MemberHarness(PropertyPrograms.Version1) { Program = Programs[0], Campaigns = campaigns };
        member.Accept(new EnrollMember("enroll", "m", MemberProfile.Empty with { Birthday = new DateOnly(1990, 11, 20) }));
        var commands = new List<MemberCommand>();
        for (var i = 0; i + 3 < numbers.Length; i += 4)
        {
            var (op, a, b, c) = (numbers[i] % 13, numbers[i + 1], numbers[i + 2], numbers[i + 3]);
            var before = member.State;
            var command = Next(member, commands, $"t{i}", changePrograms || op != 9 ? op : 0, a, b, c);
            var decision = command is null ? null : member.Run(command);
            if (decision is { IsRejected: false, IsReplay: false } && command is not null)
            {
                commands.Add(command);
            }

            check(member, before, decision);
        }

        return member;
    }

    private static MemberCommand? Next(MemberHarness member, List<MemberCommand> done, string id, int op, int a, int b, int c)
    {
        var purchases = member.State.Purchases.Keys.Order(StringComparer.Ordinal).ToArray();
        var holds = member.State.Holds.Keys.Order(StringComparer.Ordinal).ToArray();
        switch (op)
        {
            case <= 2:
                return new RecordPurchase(id, Basket(member.Now, a, b, c));
            case 3 when purchases.Length > 0:
                return new ReturnPurchase(id, purchases[a % purchases.Length], null);
            case 4 when purchases.Length > 0:
                var purchase = member.State.Purchases[purchases[a % purchases.Length]];
                return new ReturnPurchase(id, purchase.TransactionId, [purchase.Lines[b % purchase.Lines.Count].LineId]);
            case 5:
                return new RedeemBalance(id, b % 3 == 0 ? Wallet.Cashback : Wallet.Points, 1 + (a % 150));
            case 6:
                return new PlaceHold(id, Wallet.Points, 1 + (a % 100), member.Now.AddHours(1 + (b % 48)));
            case 7 when holds.Length > 0:
                var hold = holds[a % holds.Length];
                return b % 2 == 0 ? new CaptureHold(id, hold) : new ReleaseHold(id, hold);
            case 8:
                member.Now = member.Now.AddHours(1 + (a % (24 * 20)));
                return (b % 3) switch
                {
                    0 => new ExpireDue(id),
                    1 => new CloseTierPeriod(id),
                    _ => new AwardBirthdayBonus(id),
                };
            case 9:
                member.Program = Programs[a % 2];
                return null;
            case 10 when done.Count > 0:
                return done[a % done.Count];
            case 11:
                return new UpdateProfile(id, member.State.Profile with { Segments = a % 2 == 0 ? ["vip"] : [] });
            case 12:
                // Mostly the opt-in challenge; sometimes one that refuses (automatic or unknown).
                return new JoinChallenge(id, (a % 4) switch { 0 => "spend", 1 => "nope", _ => "visits" });
            default:
                return new RecordPurchase(id, Basket(member.Now, a, b, c));
        }
    }

    private static Purchase Basket(DateTimeOffset now, int a, int b, int c)
    {
        var lines = 1 + (a % 4);
        return new Purchase(
            now,
            "store-1",
            "store",
            null,
            "EUR",
            [.. Enumerable.Range(0, lines).Select(i => new PurchaseLine(
                $"l{i}",
                $"sku-{(b + i) % 7}",
                PropertyPrograms.Categories[(b + i) % PropertyPrograms.Categories.Length],
                1 + ((c + i) % 3),
                ((c * (i + 7)) % 30000) / 100m))]);
    }
}

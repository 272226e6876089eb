using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Loyalty.Domain.Members;
using Loyalty.Domain.Serialization;

namespace Loyalty.Domain.Tests.Members;

public sealed class LotLedgerTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static Lot LotOf(long id, long amount) => new(id, Wallet.Points, "t", amount, amount, At, At, null);

    // Each step appends to a version picked at random among all made so far, as quotes and replays branch off old states.
    [Fact]
    public void Every_version_keeps_exactly_its_own_lots_whatever_is_appended_to_which_version()
    {
        var steps = Gen.ArrayOf(Gen.Choose(0, 1_000)).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(steps, picks =>
        {
            var versions = new List<(LotLedger Ledger, long[] Expected)> { (LotLedger.Empty, []) };
            foreach (var (pick, step) in picks.Select((pick, step) => (pick, step)))
            {
                var (ledger, expected) = versions[pick % versions.Count];
                versions.Add((ledger.Add(LotOf(step, pick)), [.. expected, pick]));
            }

            Assert.All(versions, version =>
            {
                Assert.Equal(version.Expected, version.Ledger.Select(lot => lot.Amount));
                Assert.Equal(version.Expected.Length, version.Ledger.Count);
            });
        }));
    }

    [Fact]
    public void Concurrent_appends_to_one_version_each_get_a_ledger_of_their_own()
    {
        var start = Enumerable.Range(1, 10).Aggregate(LotLedger.Empty, (ledger, i) => ledger.Add(LotOf(i, i)));

        var results = new LotLedger[2_000];
        Parallel.For(0, results.Length, i => results[i] = start.Add(LotOf(11, 1_000 + i)));

        Assert.All(results.Select((ledger, i) => (ledger, i)), each =>
            Assert.Equal([.. Enumerable.Range(1, 10).Select(n => (long)n), 1_000 + each.i], each.ledger.Select(lot => lot.Amount)));
        Assert.Equal(10, start.Count);
    }

    // Queries at moments that mostly move forward (sometimes back), on versions picked at random, with lots of both
    // wallets that are pending, spendable, expired, empty or never expiring: the kept sums must always match a walk.
    [Fact]
    public void Sums_at_any_moment_match_a_walk_over_the_lots_whatever_was_asked_before()
    {
        var steps = Gen.ArrayOf(Gen.Choose(0, 1_000_000)).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(steps, seeds =>
        {
            var versions = new List<LotLedger> { LotLedger.Empty };
            var now = At;
            foreach (var seed in seeds)
            {
                var random = new Random(seed);
                var ledger = versions[random.Next(versions.Count)];
                now += TimeSpan.FromHours(random.Next(-72, 96));
                switch (random.Next(4))
                {
                    case 0 or 1:
                        versions.Add(ledger.Add(RandomLot(random, ledger.Count + 1, now)));
                        break;
                    case 2 when ledger.Count > 0:
                        // A draw or an expiry: the ledger is copied with one lot changed, as the ledger's writers do.
                        var lots = ledger.ToArray();
                        var index = random.Next(lots.Length);
                        lots[index] = lots[index] with { Remaining = random.Next((int)lots[index].Amount + 1) };
                        versions.Add(LotLedger.Of(lots));
                        break;
                    default:
                        Assert.Equal(Walk(ledger, now), ledger.SumsAt(now));
                        break;
                }
            }

            Assert.All(versions, version => Assert.Equal(Walk(version, now), version.SumsAt(now)));
        }));
    }

    // Readers of versions sharing one buffer race to replace its kept sums; whichever wins, every answer is a walk's.
    [Fact]
    public void Concurrent_readers_of_versions_sharing_a_buffer_each_get_their_own_sums()
    {
        var random = new Random(7);
        var versions = new List<LotLedger> { LotLedger.Empty };
        for (var i = 1; i <= 200; i++)
        {
            versions.Add(versions[^1].Add(RandomLot(random, i, At + TimeSpan.FromHours(i))));
        }

        var moments = Enumerable.Range(0, 400).Select(i => At + TimeSpan.FromHours(i)).ToArray();
        Parallel.For(0, 20_000, i =>
        {
            var (version, now) = (versions[(i * 7919) % versions.Count], moments[(i * 104_729) % moments.Length]);
            Assert.Equal(Walk(version, now), version.SumsAt(now));
        });
    }

    private static Lot RandomLot(Random random, long id, DateTimeOffset now)
    {
        var amount = random.Next(0, 500);
        var available = now + TimeSpan.FromHours(random.Next(-72, 240));
        DateTimeOffset? expires = random.Next(4) == 0 ? null : now + TimeSpan.FromHours(random.Next(-48, 480));
        var wallet = random.Next(2) == 0 ? Wallet.Points : Wallet.Cashback;
        return new Lot(id, wallet, "t", amount, random.Next(3) == 0 ? 0 : amount, now, available, expires);
    }

    private static (WalletSums Points, WalletSums Cashback) Walk(LotLedger ledger, DateTimeOffset now)
    {
        var (points, cashback) = (default(WalletSums), default(WalletSums));
        foreach (var lot in ledger)
        {
            (lot.Wallet == Wallet.Points ? ref points : ref cashback).Add(lot, now);
        }

        return (points, cashback);
    }

    [Fact]
    public void A_ledger_is_written_as_the_array_of_its_lots_and_read_back()
    {
        var ledger = LotLedger.Empty.Add(LotOf(1, 5)).Add(LotOf(2, 7));
        var state = MemberState.Empty with { Lots = ledger };

        var json = JsonSerializer.Serialize(state, DomainJsonContext.Default.MemberState);
        var read = JsonSerializer.Deserialize(json, DomainJsonContext.Default.MemberState)!;

        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(json).RootElement.GetProperty("lots").ValueKind);
        Assert.Equal(ledger, read.Lots.AsEnumerable(), EqualityComparer<Lot>.Default);
    }
}

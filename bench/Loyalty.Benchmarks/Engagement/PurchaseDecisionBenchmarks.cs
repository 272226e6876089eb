using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Domain.Serialization;
using Loyalty.Runtime;

namespace Loyalty.Benchmarks.Engagement;

/// <summary>
/// The silo's own work for one purchase of the <c>campaigns</c> verb, without the runtime, the journal or PostgreSQL:
/// deciding it, writing its events as the journal gets them, and the member snapshot it pays for in turn. Setups as in
/// the verb: nothing live, or three campaigns (two pay this member, who is no longer Bronze) and ten challenges. The
/// load verb's figures wander by ±10 % between runs on a shared machine; these show what a change to the domain does to
/// the difference between the setups.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PurchaseDecisionBenchmarks
{
    private readonly IGrainSerializer serializer = new JsonGrainSerializer(new JsonSerializerOptions(DomainJsonContext.Default.Options));
    private readonly ArrayBufferWriter<byte> written = new(64 * 1024);
    private CompiledProgram program = null!;
    private MemberState member = null!;
    private EndlessBudget? budget;
    private RecordPurchase purchase = null!;

    /// <summary>Nothing live, or three campaigns and ten challenges.</summary>
    [Params(false, true)]
    public bool Engaged { get; set; }

    /// <summary>Purchases the member made before: a member of the verb makes about thirty in a round at 100 callers.</summary>
    [Params(20)]
    public int Earlier { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        program = ProgramCompiler.Compile(Engaged ? BenchmarkChallenges.WithTen : BenchmarkChallenges.Without);
        budget = Engaged ? new EndlessBudget([.. CampaignPurchaseLoad.Campaigns("bench").Select(c => new LiveCampaignTerms(c.Id, c.Definition))]) : null;
        member = MemberDecider.Decide(MemberState.Empty, new EnrollMember("enroll", "member", MemberProfile.Empty), program, Now).State;
        for (var i = 0; i < Earlier; i++)
        {
            member = Decide(CampaignPurchaseLoad.Basket($"earlier-{i}", i)).State;
        }

        purchase = CampaignPurchaseLoad.Basket("measured", Earlier);
    }

    private static DateTimeOffset Now => CampaignPurchaseLoad.Clock.GetUtcNow();

    /// <summary>The decision alone: evaluation, campaigns, challenges, and the member state its events make.</summary>
    [Benchmark]
    public Decision Decide() => Decide(purchase);

    /// <summary>The decision and its events written as JSON, as the journal receives them.</summary>
    [Benchmark]
    public int DecideAndWrite()
    {
        var decision = Decide(purchase);
        written.ResetWrittenCount();
        foreach (var memberEvent in decision.Events)
        {
            serializer.Serialize(memberEvent, written);
        }

        return written.WrittenCount;
    }

    /// <summary>
    /// A snapshot of the member after <see cref="Earlier"/> purchases; a member grain takes one every 200 events or more
    /// (<c>LoyaltyGrainsOptions.SnapshotInterval</c>), about fifty purchases of four events.
    /// </summary>
    [Benchmark]
    public int Snapshot()
    {
        written.ResetWrittenCount();
        serializer.Serialize(member, written);
        return written.WrittenCount;
    }

    private Decision Decide(RecordPurchase command)
    {
        var decision = MemberDecider.Decide(member, command, program, Now, budget);
        return decision.Rejection is null ? decision : throw new InvalidOperationException(decision.Rejection.Message);
    }

    // Budget enough for every purchase: the silo lease's bookkeeping is the grains' part, not measured here.
    private sealed class EndlessBudget(IReadOnlyList<LiveCampaignTerms> live) : ICampaignBudget
    {
        public IReadOnlyList<LiveCampaignTerms> Live { get; } = live;

        public long Reserve(string campaignId, long wanted) => wanted;
    }
}

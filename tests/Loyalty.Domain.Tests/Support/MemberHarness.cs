using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Tests.Support;

/// <summary>Drives one member like the grain would: decide, keep the events, adopt the new state.</summary>
internal sealed class MemberHarness(ProgramDefinition definition)
{
    private int sequence;

    public CompiledProgram Program { get; set; } = ProgramCompiler.Compile(definition);

    public MemberState State { get; private set; } = MemberState.Empty;

    public List<IMemberEvent> Journal { get; } = [];

    public DateTimeOffset Now { get; set; } = Baskets.Monday10;

    public ICampaignBudget? Campaigns { get; set; }

    public static MemberHarness Enrolled(ProgramDefinition definition, MemberProfile? profile = null)
    {
        var harness = new MemberHarness(definition);
        harness.Accept(new EnrollMember("enroll", "member-1", profile ?? MemberProfile.Empty));
        return harness;
    }

    public Decision Run(MemberCommand command)
    {
        var decision = MemberDecider.Decide(State, command, Program, Now, Campaigns);
        Journal.AddRange(decision.Events);
        State = decision.State;
        return decision;
    }

    /// <summary>Appends an event no decider writes any more, as an older journal holds it, and applies it.</summary>
    public void AppendLegacy(IMemberEvent legacy)
    {
        Journal.Add(legacy);
        State = MemberEvolver.Apply(State, legacy);
    }

    /// <summary>Decides <paramref name="command"/> and journals its events as older versions wrote them (see <see cref="OlderJournals"/>).</summary>
    public void AcceptAsOlderVersions(MemberCommand command)
    {
        var decision = MemberDecider.Decide(State, command, Program, Now, Campaigns);
        Assert.Null(decision.Rejection);
        foreach (var legacy in OlderJournals.AsOlderVersionsWrote(decision.Events, State))
        {
            AppendLegacy(legacy);
        }

        Assert.Equal(Snapshots.Of(decision.State), Snapshots.Of(State));
    }

    public CommandResult Accept(MemberCommand command)
    {
        var decision = Run(command);
        Assert.Null(decision.Rejection);
        return decision.Result!;
    }

    public Rejection Reject(MemberCommand command)
    {
        var decision = Run(command);
        Assert.Empty(decision.Events);
        return decision.Rejection ?? throw new InvalidOperationException("Expected a rejection.");
    }

    public CommandResult Buy(Purchase purchase, string? transactionId = null) =>
        Accept(new RecordPurchase(transactionId ?? $"p{++sequence}", purchase with { OccurredAt = Now }));

    public CommandResult Buy(params (string Category, decimal Amount)[] lines) => Buy(Baskets.Of(lines));

    public WalletBalance Points => State.BalancesAt(Now).Points;

    public WalletBalance Cashback => State.BalancesAt(Now).Cashback;
}

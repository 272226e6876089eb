using System.Diagnostics;
using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Grains.Campaigns;
using Loyalty.Grains.Hosting;
using Loyalty.Grains.Leaderboards;
using Loyalty.Grains.Live;
using Loyalty.Grains.Programs;
using Loyalty.Grains.Telemetry;
using Loyalty.Runtime;
using Loyalty.Runtime.Journaling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Loyalty.Grains.Members;

/// <summary>
/// A member as an event-sourced grain: decide with the pure domain, make the events durable in the
/// journal (group-committed with other members' events), and only then answer. Time-driven work
/// (expiry, tier periods, birthdays) runs on one durable reminder set for the next due moment.
/// </summary>
public sealed partial class MemberGrain : Grain, IMemberGrain, IRemindable
{
    private const string HousekeepingReminder = "housekeeping";
    private readonly JournaledState<MemberState, IMemberEvent> _journal;
    private readonly IGrainSerializer _serializer;
    private readonly ProgramDirectory _programs;
    private readonly CampaignDirectory _campaigns;
    private readonly LeaderboardFeed _leaderboards;
    private readonly MemberLiveNotifier _live;
    private readonly LiveSubscribers _watchers = new();
    private readonly LoyaltyGrainsOptions _options;
    private DateTimeOffset? _reminderDueAt;

    // Lots before this one were considered when the housekeeping reminder was last scheduled.
    private long _firstUnscheduledLotId = 1;

    /// <summary>Creates the grain; the runtime calls this through its generated activator.</summary>
    public MemberGrain(
        IEventJournal journal,
        IGrainSerializer serializer,
        ProgramDirectory programs,
        CampaignDirectory campaigns,
        LeaderboardFeed leaderboards,
        MemberLiveNotifier live,
        IOptions<LoyaltyGrainsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _serializer = serializer;
        _programs = programs;
        _campaigns = campaigns;
        _leaderboards = leaderboards;
        _live = live;
        _options = options.Value;
        _journal = new JournaledState<MemberState, IMemberEvent>(
            this.GetGrainId(),
            journal,
            serializer,
            static () => MemberState.Empty,
            MemberEvolver.Apply,
            new JournaledStateOptions { SnapshotInterval = _options.SnapshotInterval });
    }

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _journal.ReadAsync(cancellationToken);
        GrainsTelemetry.ActiveMembers.Add(1);
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        GrainsTelemetry.ActiveMembers.Add(-1);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<MemberOutcome> EnrollAsync(EnrollMember command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.MemberId == this.GetPrimaryKeyString()
            ? ExecuteAsync(command)
            : Task.FromResult(Refused(RejectionCode.InvalidInput, "The member id does not match the member addressed.", "memberId"));
    }

    /// <inheritdoc />
    public async Task<MemberOutcome> PurchaseAsync(RecordPurchase command) =>
        await ExecuteAsync(command, await _campaigns.LiveAtAsync(TimeProvider.GetUtcNow()));

    /// <inheritdoc />
    public async Task<MemberOutcome> QuoteAsync(QuotePurchase command)
    {
        // The same decision a purchase would get — campaigns, challenges, tier — and then thrown away.
        var now = TimeProvider.GetUtcNow();
        var campaigns = await _campaigns.LiveAtAsync(now);
        var decision = Decide(_journal.State, command, await ProgramAsync(), now, campaigns.Count == 0 ? null : new CampaignQuote(campaigns));
        return new MemberOutcome(decision.Result, decision.Rejection, false);
    }

    /// <inheritdoc />
    public Task<MemberOutcome> ReturnAsync(ReturnPurchase command) => ExecuteAsync(command);

    /// <inheritdoc />
    public Task<MemberOutcome> RedeemAsync(RedeemBalance command) => ExecuteAsync(command);

    /// <inheritdoc />
    public Task<MemberOutcome> HoldAsync(PlaceHold command) => ExecuteAsync(command);

    /// <inheritdoc />
    public Task<MemberOutcome> CaptureAsync(CaptureHold command) => ExecuteAsync(command);

    /// <inheritdoc />
    public Task<MemberOutcome> ReleaseAsync(ReleaseHold command) => ExecuteAsync(command);

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var now = TimeProvider.GetUtcNow();
        foreach (var command in Housekeeping.CommandsAt(now))
        {
            await ExecuteAsync(command);
        }

        _reminderDueAt = null;
        var program = await ProgramAsync();
        if (Housekeeping.NextDueAt(_journal.State, program, now) is null && await GetReminder(HousekeepingReminder) is { } idle)
        {
            // Nothing will come due (no expiring lots, holds, tier periods or birthdays): stop ticking.
            await UnregisterReminder(idle);
            return;
        }

        await ScheduleHousekeepingAsync(program, now);
    }

    // Purchases and quotes are what the evaluation-latency metric is about; other commands are not timed.
    private static Decision Decide(MemberState state, MemberCommand command, CompiledProgram program, DateTimeOffset now, ICampaignBudget? budget)
    {
        if (command is not (RecordPurchase or QuotePurchase))
        {
            return MemberDecider.Decide(state, command, program, now, budget);
        }

        var started = Stopwatch.GetTimestamp();
        var decision = MemberDecider.Decide(state, command, program, now, budget);
        GrainsTelemetry.EvaluationDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        return decision;
    }

    private async Task<MemberOutcome> ExecuteAsync(MemberCommand command, IReadOnlyList<SiloCampaign>? campaigns = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var program = await ProgramAsync();
        var now = TimeProvider.GetUtcNow();
        var (before, version) = (_journal.State, _journal.Version);
        var (decision, reserved) = await CampaignPurchase.DecideAsync(campaigns, budget => Decide(_journal.State, command, program, now, budget));
        if (decision.IsRejected || decision.IsReplay || decision.Events.Count == 0)
        {
            reserved?.Release();
            return decision.ResultInJournal
                ? await ReplayFromJournalAsync(command.TransactionId)
                : new MemberOutcome(decision.Result, decision.Rejection, decision.IsReplay);
        }

        var completed = decision.Events.OfType<TransactionCompleted>().FirstOrDefault();
        try
        {
            // The decider folded its events into decision.State already; the journal adopts it once they are durable.
            await _journal.AppendAsync(decision.Events, decision.State, IdempotencyOf(completed, ReferenceEquals(decision.Events[^1], completed)));
            reserved?.Commit(before, decision, CampaignPurchase.SpendOf(command));
        }
        catch (DuplicateRequestException duplicate) when (completed is not null)
        {
            // The journal holds this transaction but this activation's state does not: it is stale.
            reserved?.Release();
            DeactivateOnIdle();
            return duplicate.Existing.RequestHash == completed.RequestHash
                ? new MemberOutcome(ResultOf(duplicate.Existing), null, true)
                : Refused(RejectionCode.IdempotencyConflict, $"Transaction '{completed.TransactionId}' was already applied with a different request.", "transactionId");
        }
        catch (Exception failure) when (reserved is not null)
        {
            reserved.Settle(failure, _journal.Version > version, before, decision, command);
            throw;
        }

        FeedLeaderboards(decision, before, program);
        if (_watchers.At(TimeProvider.GetUtcNow()) is { Count: > 0 } silos)
        {
            _live.Publish(new MemberLiveEvent(this.GetPrimaryKeyString(), _journal.Version, version, command.GetType().Name, now, decision.Result), silos);
        }
        await ScheduleHousekeepingAsync(program, now, Housekeeping.RefillsLots(decision.Events));
        return new MemberOutcome(decision.Result, null, false);
    }

    // An old transaction retried: the state kept its hash only, the journal's idempotency record has the result.
    private async Task<MemberOutcome> ReplayFromJournalAsync(string transactionId)
    {
        var record = await ServiceProvider.GetRequiredService<IEventJournal>().FindIdempotencyRecordAsync(this.GetGrainId(), transactionId)
            ?? throw new InvalidOperationException($"Transaction '{transactionId}' is applied but the journal has no record of its result.");
        return new MemberOutcome(ResultOf(record), null, true);
    }

    // TransactionCompleted closes a decision and holds the result, so the record points at it rather than copying it;
    // should it ever not be the last event, the record keeps a copy as it used to.
    private IdempotencyRecord? IdempotencyOf(TransactionCompleted? completed, bool isLast) =>
        completed is null ? null
        : isLast ? IdempotencyRecord.InLastEvent(completed.TransactionId, completed.RequestHash)
        : new IdempotencyRecord(completed.TransactionId, completed.RequestHash, _serializer.Serialize(completed.Result));

    // Records written before results were kept only in TransactionCompleted hold a serialized CommandResult.
    private CommandResult ResultOf(IdempotencyRecord record)
    {
        if (!record.ResultInLastEvent)
        {
            return _serializer.Deserialize<CommandResult>(record.Result.Span);
        }

        return record.Result.IsEmpty ? throw new InvalidOperationException($"Transaction '{record.Key}' is recorded, but the event holding its result is missing from the journal.")
            : _serializer.Deserialize<IMemberEvent>(record.Result.Span) is TransactionCompleted completed ? completed.Result
            : throw new InvalidOperationException($"Transaction '{record.Key}' is recorded, but its last event is not the TransactionCompleted that holds its result.");
    }

    // One reminder per member, moved only when the next due moment comes earlier than the one set,
    // so most purchases cost no reminder write.
    private async Task ScheduleHousekeepingAsync(CompiledProgram program, DateTimeOffset now, bool lotsRefilled = false)
    {
        // With a reminder set, only lots credited since can make it earlier: draws only shrink older lots. A released
        // or expired hold gives units back to them, and then every lot is looked at again.
        var state = _journal.State;
        var fromLotId = _reminderDueAt is null || lotsRefilled ? 1 : _firstUnscheduledLotId;
        if (Housekeeping.NextDueAt(state, program, now, fromLotId) is { } due && (_reminderDueAt is not { } set || due < set))
        {
            await RegisterOrUpdateReminder(HousekeepingReminder, due - now, _options.HousekeepingRetryPeriod);
            _reminderDueAt = due;
        }

        _firstUnscheduledLotId = state.NextLotId;
    }

    private async ValueTask<CompiledProgram> ProgramAsync()
    {
        if (_programs.Find(_options.ProgramId) is { } known)
        {
            return known;
        }

        // First use on this silo: the program grain announces its current version while activating.
        var definition = await GrainFactory.GetGrain<IProgramGrain>(_options.ProgramId).GetCurrentAsync()
                         ?? throw new InvalidOperationException($"Program '{_options.ProgramId}' has no published version.");
        var compiled = ProgramCompiler.GetOrCompile(definition);
        _programs.Announce(compiled);
        return _programs.Find(_options.ProgramId)!;
    }

    private static MemberOutcome Refused(RejectionCode code, string message, string field) =>
        new(null, new Rejection(code, message, field), false);
}

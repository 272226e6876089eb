using Loyalty.Domain.Campaigns;
using Loyalty.Grains.Hosting;
using Loyalty.Grains.Telemetry;
using Loyalty.Runtime;
using Microsoft.Extensions.Options;

namespace Loyalty.Grains.Campaigns;

/// <summary>
/// Holds a campaign's definition, phase and budget accounting durably; opens and closes it in the
/// silo's <see cref="CampaignDirectory"/>; start and end come from durable reminders.
/// </summary>
public sealed class CampaignGrain(
    [PersistentState("campaign", LoyaltyStorage.Name)] IPersistentState<CampaignState> state,
    CampaignDirectory directory,
    IOptions<LoyaltyGrainsOptions> options) : Grain, ICampaignGrain, IRemindable
{
    private const string StartReminder = "start";
    private const string EndReminder = "end";

    // A reminder whose handling failed fires again after this; the runtime's default minimum period.
    private static readonly TimeSpan ReminderRetry = TimeSpan.FromMinutes(1);

    private string CampaignId => this.GetPrimaryKeyString();

    private CampaignState Campaign => state.State;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Campaign is { Phase: CampaignPhase.Live, Definition: { } definition })
        {
            directory.Open(CampaignId, definition);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<CampaignChange> DefineAsync(CampaignDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Require(CampaignPhase.Draft, CampaignPhase.Scheduled);
        var errors = definition.Validate();
        if (errors.Count > 0)
        {
            return new CampaignChange(null, errors);
        }

        var first = Campaign.Definition is null;
        Campaign.Definition = definition;
        await state.WriteStateAsync();
        if (first)
        {
            await GrainFactory.GetGrain<ICampaignRegistryGrain>(CampaignRegistryGrain.Key).AddAsync(CampaignId);
        }

        if (Campaign.Phase == CampaignPhase.Scheduled)
        {
            await ScheduleRemindersAsync();
        }

        return new CampaignChange(Status(), []);
    }

    /// <inheritdoc />
    public async Task<CampaignStatus> ScheduleAsync()
    {
        Require(CampaignPhase.Draft);
        _ = Definition;
        Campaign.Phase = CampaignPhase.Scheduled;
        await state.WriteStateAsync();
        await ScheduleRemindersAsync();
        return Status();
    }

    /// <inheritdoc />
    public async Task<CampaignStatus> LaunchAsync()
    {
        Require(CampaignPhase.Draft, CampaignPhase.Scheduled);
        await GoLiveAsync();
        return Status();
    }

    /// <inheritdoc />
    public async Task<CampaignStatus> StopAsync()
    {
        if (Campaign.Phase is CampaignPhase.Ended or CampaignPhase.Stopped)
        {
            return Status();
        }

        Require(CampaignPhase.Draft, CampaignPhase.Scheduled, CampaignPhase.Live);
        await CloseAsync(CampaignPhase.Stopped);
        return Status();
    }

    /// <inheritdoc />
    public Task<CampaignStatus?> GetStatusAsync() => Task.FromResult(Campaign.Definition is null ? null : Status());

    /// <inheritdoc />
    public async Task<CampaignLeaseGrant> AcquireLeaseAsync(CampaignReport report)
    {
        var grant = CampaignLeases.Grant(Campaign, report, options.Value.CampaignLeasePercent);

        // Persisted before answering: after a crash the grant counts as spent, so it is never granted twice.
        await state.WriteStateAsync();
        ReportBudget();
        return grant;
    }

    /// <inheritdoc />
    public async Task ReturnLeaseAsync(long points, CampaignReport report)
    {
        CampaignLeases.TakeBack(Campaign, points, report);
        await state.WriteStateAsync();
        ReportBudget();
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var now = TimeProvider.GetUtcNow();
        if (reminderName == StartReminder && Campaign.Phase == CampaignPhase.Scheduled && now < Definition.EndsAt)
        {
            await GoLiveAsync();
        }
        else if (Campaign.Phase is CampaignPhase.Scheduled or CampaignPhase.Live && now >= Definition.EndsAt)
        {
            await CloseAsync(CampaignPhase.Ended);
        }

        await ForgetReminderAsync(reminderName);
    }

    private CampaignDefinition Definition => Campaign.Definition ?? throw new InvalidOperationException($"Campaign '{CampaignId}' has no definition yet.");

    // Durable first, then visible: no purchase earns from a launch that could be lost.
    private async Task GoLiveAsync()
    {
        Campaign.Phase = CampaignPhase.Live;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ICampaignRegistryGrain>(CampaignRegistryGrain.Key).SetLiveAsync(CampaignId, true);
        directory.Open(CampaignId, Definition);
        await RegisterOrUpdateReminder(EndReminder, Until(Definition.EndsAt), ReminderRetry);
    }

    // Visible first, then durable: purchases stop at once; a failed write only leaves a stop to retry.
    private async Task CloseAsync(CampaignPhase phase)
    {
        var (unused, report) = directory.Close(CampaignId);
        CampaignLeases.TakeBack(Campaign, unused, report);
        Campaign.Phase = phase;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ICampaignRegistryGrain>(CampaignRegistryGrain.Key).SetLiveAsync(CampaignId, false);
        await ForgetReminderAsync(StartReminder);
        await ForgetReminderAsync(EndReminder);
    }

    private async Task ScheduleRemindersAsync()
    {
        await RegisterOrUpdateReminder(StartReminder, Until(Definition.StartsAt), ReminderRetry);
        await RegisterOrUpdateReminder(EndReminder, Until(Definition.EndsAt), ReminderRetry);
    }

    private async Task ForgetReminderAsync(string name)
    {
        if (await GetReminder(name) is { } reminder)
        {
            await UnregisterReminder(reminder);
        }
    }

    private TimeSpan Until(DateTimeOffset at)
    {
        var due = at - TimeProvider.GetUtcNow();
        return due > TimeSpan.Zero ? due : TimeSpan.Zero;
    }

    private void Require(params CampaignPhase[] phases)
    {
        if (!phases.Contains(Campaign.Phase))
        {
            throw new CampaignPhaseException(CampaignId, Campaign.Phase, phases);
        }
    }

    // Awarded points reach the grain with each lease request, so the gauge moves about once per slice of budget.
    private void ReportBudget()
    {
        if (Campaign.Definition is { } definition)
        {
            GrainsTelemetry.BudgetRemaining.Record(definition.Budget - Campaign.Totals.Awarded, new KeyValuePair<string, object?>("loyalty.campaign", CampaignId));
        }
    }

    private CampaignStatus Status() => new(
        CampaignId,
        Campaign.Phase,
        Definition,
        Campaign.Totals.Add(directory.Unreported(CampaignId)),
        Campaign.Leased,
        Campaign.Returned,
        Campaign.LeaseRequests);
}

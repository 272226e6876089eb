using Loyalty.Domain.Campaigns;
using Loyalty.Runtime;

namespace Loyalty.Grains.Campaigns;

/// <summary>
/// A live campaign as this silo holds it: the budget leased to the silo, drawn synchronously by member
/// grains, and refilled from the campaign grain in the background once it runs below half a slice.
/// What the silo awarded is reported to the campaign grain with the next lease request.
/// </summary>
public sealed class SiloCampaign
{
    private readonly Lock _gate = new();
    private readonly IGrainFactory _grains;
    private long _available;
    private long _refillBelow;
    private bool _exhausted;
    private bool _closed;
    private Task? _refill;
    private UnreportedAwards _unreported;

    internal SiloCampaign(string campaignId, CampaignDefinition definition, IGrainFactory grains)
    {
        Terms = new LiveCampaignTerms(campaignId, definition);
        _grains = grains;
    }

    /// <summary>The campaign as purchases see it.</summary>
    public LiveCampaignTerms Terms { get; }

    /// <summary>Whether a purchase processed at <paramref name="now"/> may earn from it (ends exactly at its end).</summary>
    public bool IsLiveAt(DateTimeOffset now) => now < Terms.Definition.EndsAt && !_closed;

    /// <summary>Takes up to <paramref name="wanted"/> points from the lease; starts a refill when it runs low.</summary>
    public long Take(long wanted)
    {
        lock (_gate)
        {
            var taken = _closed ? 0 : Math.Min(wanted, _available);
            _available -= taken;
            if (_available < _refillBelow || _available == 0)
            {
                StartRefill();
            }

            return taken;
        }
    }

    /// <summary>Whether a refill could still bring budget: the lease is short, but neither exhausted nor closed.</summary>
    public bool CanRefill
    {
        get
        {
            lock (_gate)
            {
                return !_exhausted && !_closed;
            }
        }
    }

    /// <summary>
    /// What a quote may show of <paramref name="wanted"/>, taking nothing: all of it while the campaign can still pay
    /// (a lease running low is refilled for the real purchase), only the lease's rest once the budget is exhausted.
    /// </summary>
    public long Peek(long wanted)
    {
        lock (_gate)
        {
            return _closed ? 0 : _exhausted ? Math.Min(wanted, _available) : wanted;
        }
    }

    /// <summary>Waits for the refill under way, or starts one if the lease is still low.</summary>
    public Task RefillAsync()
    {
        lock (_gate)
        {
            // A grant may have landed between the purchase finding the lease short and calling here: then the
            // purchase decides again on it rather than asking the campaign for a slice nobody needs yet.
            var low = _available < _refillBelow || _available == 0;
            return (_refill ?? (low ? StartRefill() : null)) ?? Task.CompletedTask;
        }
    }

    /// <summary>Gives back points taken for a purchase that was not made durable.</summary>
    public void Give(long points)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _available += points;
                return;
            }
        }

        // The lease was closed meanwhile: hand the points straight back to the campaign.
        SendBack(points, CampaignReport.None);
    }

    /// <summary>Counts points a purchase made durable.</summary>
    public void Commit(long points, bool newParticipant, decimal spend)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                // Counted in place: every campaign purchase commits here, and a report object each time was garbage.
                _unreported.Add(points, 1, newParticipant ? 1 : 0, spend);
                return;
            }
        }

        // A purchase in flight when the campaign closed: its points came from the lease before the close,
        // so the budget already counts them, but no later lease request will carry the report.
        SendBack(0, new CampaignReport(points, 1, newParticipant ? 1 : 0, spend));
    }

    // Off the purchase's turn: the campaign grain is never awaited on the purchase path.
    private void SendBack(long points, CampaignReport report) =>
        _ = Task.Run(() => _grains.GetGrain<ICampaignGrain>(Terms.CampaignId).ReturnLeaseAsync(points, report));

    /// <summary>What was awarded but not yet reported.</summary>
    internal CampaignReport Unreported
    {
        get
        {
            lock (_gate)
            {
                return _unreported.Report;
            }
        }
    }

    /// <summary>Closes the lease: no purchase draws from it any more. Returns the unused points and the unreported awards.</summary>
    internal (long Unused, CampaignReport Report) Close()
    {
        lock (_gate)
        {
            _closed = true;
            var closing = (_available, _unreported.Take());
            _available = 0;
            return closing;
        }
    }

    // Caller holds _gate. At most one refill is in flight; it runs off the caller's activation.
    private Task? StartRefill()
    {
        if (_exhausted || _closed)
        {
            return null;
        }

        if (_refill is null)
        {
            var report = _unreported.Take();
            _refill = Task.Run(() => RefillCoreAsync(report));
        }

        return _refill;
    }

    private async Task RefillCoreAsync(CampaignReport report)
    {
        CampaignLeaseGrant grant;
        try
        {
            grant = await _grains.GetGrain<ICampaignGrain>(Terms.CampaignId).AcquireLeaseAsync(report);
        }
        catch (Exception) when (Restore(report))
        {
            throw;
        }

        long orphaned;
        lock (_gate)
        {
            _refill = null;
            _exhausted |= grant.Exhausted;
            _refillBelow = grant.Points / 2;
            orphaned = _closed ? grant.Points : 0;
            _available += _closed ? 0 : grant.Points;
        }

        if (orphaned > 0)
        {
            await _grains.GetGrain<ICampaignGrain>(Terms.CampaignId).ReturnLeaseAsync(orphaned, CampaignReport.None);
        }
    }

    // A failed request reported nothing: keep the awards for the next one. Returns false so the exception flows on.
    private bool Restore(CampaignReport report)
    {
        lock (_gate)
        {
            _refill = null;
            if (!_closed)
            {
                _unreported.Add(report);
                return false;
            }
        }

        // Closed while the request was out: no later lease request will carry the report, so it goes back on its own.
        SendBack(0, report);
        return false;
    }

    // Awards not yet reported, as running sums. Only touched under _gate.
    private struct UnreportedAwards
    {
        private long _awarded;
        private long _purchases;
        private long _participants;
        private decimal _spend;

        public readonly CampaignReport Report =>
            _purchases == 0 && _awarded == 0 && _participants == 0 && _spend == 0m ? CampaignReport.None : new(_awarded, _purchases, _participants, _spend);

        public void Add(CampaignReport report) => Add(report.Awarded, report.Purchases, report.Participants, report.Spend);

        public void Add(long awarded, long purchases, long participants, decimal spend) =>
            (_awarded, _purchases, _participants, _spend) = (_awarded + awarded, _purchases + purchases, _participants + participants, _spend + spend);

        public CampaignReport Take()
        {
            var report = Report;
            this = default;
            return report;
        }
    }
}

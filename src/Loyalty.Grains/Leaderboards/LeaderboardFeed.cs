using System.Collections.Concurrent;
using Loyalty.Runtime;
using Microsoft.Extensions.Logging;

namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// The silo's forwarder from member grains to leaderboard grains. A member grain posts a score and
/// moves on; one pump per silo drains what has queued, keeps each member's latest score per board and
/// sends one batch per board. While a batch is in flight new scores queue up, so the busier the silo,
/// the bigger the batches; a popular board gets one call per round, not one per purchase.
/// </summary>
public sealed partial class LeaderboardFeed(IGrainFactory grains, ILogger<LeaderboardFeed> logger)
{
    // Scores are absolute: a batch that failed is offered again a few times, and any later
    // change of the member sends a fresh score anyway.
    private const int AttemptsPerBatch = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentQueue<(string Board, LeaderboardScore Score)> _queue = new();
    private readonly object _pumpLock = new();
    private Task _pump = Task.CompletedTask;
    private bool _pumping;
    private long _posted;
    private long _batches;

    /// <summary>Scores posted by member grains on this silo since start.</summary>
    public long Posted => Interlocked.Read(ref _posted);

    /// <summary>Batches delivered to leaderboard grains since start (at most one per board per round).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Queues a member's score for a board; never waits for the board.</summary>
    public void Post(string board, LeaderboardScore score)
    {
        _queue.Enqueue((board, score));
        Interlocked.Increment(ref _posted);
        lock (_pumpLock)
        {
            // The pump clears the flag under this lock only after finding the queue empty, so a score
            // enqueued before the check is either drained by that pump or starts a new one.
            if (!_pumping)
            {
                _pumping = true;
                // No grain context, request context or caller identity flows into the pump.
                using (ExecutionContext.SuppressFlow())
                {
                    _pump = Task.Run(PumpAsync);
                }
            }
        }
    }

    /// <summary>Completes once everything posted before the call has been delivered (or given up on).</summary>
    public async Task FlushAsync()
    {
        for (var rounds = 0; rounds < 1_000; rounds++)
        {
            Task pump;
            lock (_pumpLock)
            {
                pump = _pump;
            }

            await pump.ConfigureAwait(false);
            if (_queue.IsEmpty)
            {
                return;
            }

            await Task.Yield();
        }
    }

    // Runs while scores keep arriving and ends as soon as the queue is empty.
    private async Task PumpAsync()
    {
        while (true)
        {
            var batches = Drain();
            if (batches.Count == 0)
            {
                lock (_pumpLock)
                {
                    if (_queue.IsEmpty)
                    {
                        _pumping = false;
                        return;
                    }
                }

                continue;
            }

            await Task.WhenAll(batches.Select(batch => SendAsync(batch.Key, [.. batch.Value.Values]))).ConfigureAwait(false);
        }
    }

    private Dictionary<string, Dictionary<string, LeaderboardScore>> Drain()
    {
        var batches = new Dictionary<string, Dictionary<string, LeaderboardScore>>(StringComparer.Ordinal);
        while (_queue.TryDequeue(out var item))
        {
            if (!batches.TryGetValue(item.Board, out var scores))
            {
                batches[item.Board] = scores = new Dictionary<string, LeaderboardScore>(StringComparer.Ordinal);
            }

            if (!scores.TryGetValue(item.Score.MemberId, out var held) || held.Version < item.Score.Version)
            {
                scores[item.Score.MemberId] = item.Score;
            }
        }

        return batches;
    }

    private async Task SendAsync(string board, IReadOnlyList<LeaderboardScore> scores)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await grains.GetGrain<ILeaderboardGrain>(board).SubmitAsync(scores).ConfigureAwait(false);
                Interlocked.Increment(ref _batches);
                return;
            }
            catch (Exception failure) when (attempt < AttemptsPerBatch)
            {
                LogRetry(logger, failure, board, scores.Count, attempt);
                await Task.Delay(RetryDelay).ConfigureAwait(false);
            }
            catch (Exception failure)
            {
                LogDropped(logger, failure, board, scores.Count);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboard {Board}: batch of {Count} scores failed (attempt {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, Exception failure, string board, int count, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Leaderboard {Board}: batch of {Count} scores dropped; each member's next change sends its score again")]
    private static partial void LogDropped(ILogger logger, Exception failure, string board, int count);
}

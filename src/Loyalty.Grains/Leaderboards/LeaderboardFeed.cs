using Loyalty.Grains.Batching;
using Loyalty.Runtime;
using Microsoft.Extensions.Logging;

namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// The silo's forwarder from member grains to leaderboard grains. A member grain posts a score and
/// moves on; a <see cref="BatchPump{T}"/> drains what has queued, keeps each member's latest score per board and
/// sends one batch per board, so a popular board gets one call per round, not one per purchase.
/// </summary>
public sealed partial class LeaderboardFeed
{
    // Scores are absolute: a batch that failed is offered again a few times, and any later
    // change of the member sends a fresh score anyway.
    private const int AttemptsPerBatch = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(50);

    // A board 50 ms behind is as live as people reading it can tell; without the wait a busy silo sent a batch per
    // board for every two or so purchases (engagement benchmark), each a grain call and a re-rank.
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(50);

    private readonly IGrainFactory _grains;
    private readonly ILogger<LeaderboardFeed> _logger;
    private readonly BatchPump<(string Board, LeaderboardScore Score)> _pump;
    private long _posted;
    private long _batches;

    /// <summary>Creates the silo's feed.</summary>
    public LeaderboardFeed(IGrainFactory grains, ILogger<LeaderboardFeed> logger)
    {
        _grains = grains;
        _logger = logger;
        _pump = new(DeliverAsync, Linger);
    }

    /// <summary>Scores posted by member grains on this silo since start.</summary>
    public long Posted => Interlocked.Read(ref _posted);

    /// <summary>Batches delivered to leaderboard grains since start (at most one per board per round).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Queues a member's score for a board; never waits for the board.</summary>
    public void Post(string board, LeaderboardScore score)
    {
        Interlocked.Increment(ref _posted);
        _pump.Post((board, score));
    }

    /// <summary>Completes once everything posted before the call has been delivered (or given up on).</summary>
    public Task FlushAsync() => _pump.FlushAsync();

    // One batch per board, holding each member's latest score.
    private Task DeliverAsync(List<(string Board, LeaderboardScore Score)> drained)
    {
        var batches = new Dictionary<string, Dictionary<string, LeaderboardScore>>(StringComparer.Ordinal);
        foreach (var (board, score) in drained)
        {
            if (!batches.TryGetValue(board, out var scores))
            {
                batches[board] = scores = new Dictionary<string, LeaderboardScore>(StringComparer.Ordinal);
            }

            if (score.Supersedes(scores.GetValueOrDefault(score.MemberId)))
            {
                scores[score.MemberId] = score;
            }
        }

        return Task.WhenAll(batches.Select(batch => SendAsync(batch.Key, [.. batch.Value.Values])));
    }

    private async Task SendAsync(string board, IReadOnlyList<LeaderboardScore> scores)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _grains.GetGrain<ILeaderboardGrain>(board).SubmitAsync(scores).ConfigureAwait(false);
                Interlocked.Increment(ref _batches);
                return;
            }
            catch (Exception failure) when (attempt < AttemptsPerBatch)
            {
                LogRetry(_logger, failure, board, scores.Count, attempt);
                await Task.Delay(RetryDelay).ConfigureAwait(false);
            }
            catch (Exception failure)
            {
                LogDropped(_logger, failure, board, scores.Count);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboard {Board}: batch of {Count} scores failed (attempt {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, Exception failure, string board, int count, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Leaderboard {Board}: batch of {Count} scores dropped; each member's next change sends its score again")]
    private static partial void LogDropped(ILogger logger, Exception failure, string board, int count);
}

using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Grains.Tests.Leaderboards;

/// <summary>Boards as versions before journaled leaderboards wrote them: the whole board as one grain-state record.</summary>
internal static class LegacyBoards
{
    public static async Task WriteAsync(IServiceProvider services, GrainId board, params LeaderboardScore[] scores)
    {
        // Read first for its version, so a record cleared before can be written again.
        var whole = await ReadAsync(services, board);
        whole.State ??= new LeaderboardState();
        foreach (var score in scores)
        {
            whole.State.Scores[score.MemberId] = score;
        }

        await services.GetRequiredKeyedService<IGrainStorage>(LoyaltyStorage.Name).WriteStateAsync("leaderboard", board, whole);
    }

    public static async Task<WholeBoard> ReadAsync(IServiceProvider services, GrainId board)
    {
        var whole = new WholeBoard();
        await services.GetRequiredKeyedService<IGrainStorage>(LoyaltyStorage.Name).ReadStateAsync("leaderboard", board, whole);
        return whole;
    }

    internal sealed class WholeBoard : IGrainState<LeaderboardState>
    {
        public LeaderboardState State { get; set; } = new();

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}

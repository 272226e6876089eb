using System.Globalization;
using Loyalty.Domain.Members;

namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// The period leaderboards: points members earned from purchases in one calendar month of the program's time zone,
/// net of returns (campaign bonuses and challenge rewards aside). Every program has them; nothing to configure.
/// </summary>
public static class MonthlyPoints
{
    private const string Prefix = "monthly-points:";

    /// <summary>The board of <paramref name="month"/>, e.g. <c>monthly-points:2026-12</c>.</summary>
    public static string Board(DateOnly month) => Prefix + month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first day of the month <paramref name="at"/> falls in, in <paramref name="zone"/>.</summary>
    public static DateOnly MonthOf(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return new DateOnly(local.Year, local.Month, 1);
    }

    /// <summary>Reads a month written <c>yyyy-MM</c>; false for anything else.</summary>
    public static bool TryParseMonth(string text, out DateOnly month) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    /// <summary>The member's score on <paramref name="month"/>'s board: a scan of their purchases.</summary>
    public static long Of(MemberState state, DateOnly month, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(state);
        var points = 0L;
        foreach (var (_, purchase) in state.Purchases)
        {
            if (MonthOf(purchase.At, zone) == month)
            {
                points += purchase.NetPoints;
            }
        }

        return points;
    }
}

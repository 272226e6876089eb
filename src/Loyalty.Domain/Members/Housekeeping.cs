using System.Globalization;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>
/// The time-driven work of a member — expiring lots and holds, closing tier periods, birthday bonuses —
/// and when it is next due, so a grain can set one durable reminder instead of polling.
/// </summary>
public static class Housekeeping
{
    /// <summary>The earliest moment after <paramref name="now"/> at which housekeeping has something to do, or null.</summary>
    /// <param name="state">The member.</param>
    /// <param name="program">The program (tier periods, birthdays).</param>
    /// <param name="now">The current time.</param>
    /// <param name="fromLotId">
    /// The first lot to consider. Draws only shrink a lot, so it cannot fall due earlier than when it was last considered,
    /// unless a hold gives units back to it (<see cref="RefillsLots"/>): a caller that scheduled for the lots before this
    /// one, and has seen no refill since, passes it and the walk skips them.
    /// </param>
    public static DateTimeOffset? NextDueAt(MemberState state, CompiledProgram program, DateTimeOffset now, long fromLotId = 1)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(program);
        if (!state.IsEnrolled)
        {
            return null;
        }

        DateTimeOffset? next = null;
        void Consider(DateTimeOffset? candidate)
        {
            if (candidate is { } at && (next is null || at < next))
            {
                next = at < now ? now : at;
            }
        }

        for (var index = (int)Math.Clamp(fromLotId - 1, 0, state.Lots.Count); index < state.Lots.Count; index++)
        {
            var lot = state.Lots[index];
            if (lot.Remaining > 0)
            {
                Consider(lot.ExpiresAt);
            }
        }

        foreach (var hold in state.Holds.Values)
        {
            Consider(hold.ExpiresAt);
        }

        if (program.Definition.Tiers.Levels.Count > 1)
        {
            Consider(state.TierPeriodEndsAt);
        }

        Consider(NextBirthdayStart(state, program, now));
        return next;
    }

    /// <summary>
    /// Whether <paramref name="events"/> give units back to lots credited earlier (a hold released or expired): a lot
    /// skipped as empty may then fall due again, so every lot must be looked at.
    /// </summary>
    public static bool RefillsLots(IReadOnlyList<IMemberEvent> events)
    {
        // Indexed: this runs after every command, and enumerating the list through its interface allocates.
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is HoldReleased or HoldExpired)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The commands a housekeeping run issues at <paramref name="now"/>; each is idempotent by nature.</summary>
    public static IReadOnlyList<MemberCommand> CommandsAt(DateTimeOffset now)
    {
        var stamp = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        return [new ExpireDue($"expire:{stamp}"), new CloseTierPeriod($"tier-period:{stamp}"), new AwardBirthdayBonus($"birthday:{stamp}")];
    }

    private static DateTimeOffset? NextBirthdayStart(MemberState state, CompiledProgram program, DateTimeOffset now)
    {
        if (state.Profile.Birthday is not { } birthday || program.Definition.Bonuses.BirthdayPoints <= 0)
        {
            return null;
        }

        var zone = state.Profile.TimeZone is { } own && TimeZoneInfo.TryFindSystemTimeZoneById(own, out var found) ? found : program.TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var year = state.LastBirthdayBonusYear == today.Year || Birthdays.InYear(birthday, today.Year) < today ? today.Year + 1 : today.Year;
        var local = Birthdays.InYear(birthday, year).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}

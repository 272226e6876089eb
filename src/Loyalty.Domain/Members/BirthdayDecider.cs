using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>The birthday bonus: on the birthday in the member's (or the program's) time zone, once per year.</summary>
internal static class BirthdayDecider
{
    public static Rejection? Award(DecisionBuilder builder, AwardBirthdayBonus command, CompiledProgram program)
    {
        var state = builder.State;
        var bonus = program.Definition.Bonuses.BirthdayPoints;
        if (state.Profile.Birthday is not { } birthday || bonus <= 0)
        {
            return null;
        }

        var zone = state.Profile.TimeZone is { } own && TimeZoneInfo.TryFindSystemTimeZoneById(own, out var found) ? found : program.TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(builder.Now, zone).DateTime);
        if (Birthdays.InYear(birthday, today.Year) != today || state.LastBirthdayBonusYear == today.Year)
        {
            return null;
        }

        var lot = LotCredits.New(state, Members.Wallet.Points, bonus, program.Definition.Points with { PendingDays = 0 }, builder.Now);
        builder.Emit(new BirthdayBonusAwarded(builder.Now, command.TransactionId, today.Year, lot));
        return null;
    }
}

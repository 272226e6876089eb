using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>Enrollment and the welcome bonus.</summary>
internal static class EnrollDecider
{
    public static Rejection? Enroll(DecisionBuilder builder, EnrollMember command, CompiledProgram program)
    {
        if (builder.State.IsEnrolled)
        {
            return new Rejection(RejectionCode.AlreadyEnrolled, "The member is already enrolled.");
        }

        if (string.IsNullOrWhiteSpace(command.MemberId))
        {
            return new Rejection(RejectionCode.InvalidInput, "A member id is required.", "memberId");
        }

        if (command.Profile?.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            return new Rejection(RejectionCode.InvalidInput, $"Unknown time zone '{zone}'.", "profile.timeZone");
        }

        var definition = program.Definition;
        var now = builder.Now;
        builder.Emit(new MemberEnrolled(now, command.MemberId, command.Profile ?? MemberProfile.Empty, definition.Tiers.Levels[0].Name, now.AddDays(definition.Tiers.PeriodDays)));
        if (definition.Bonuses.WelcomePoints > 0)
        {
            var lot = LotCredits.New(builder.State, Wallet.Points, definition.Bonuses.WelcomePoints, definition.Points with { PendingDays = 0 }, now);
            builder.Emit(new WelcomeBonusAwarded(now, command.TransactionId, lot));
        }

        return null;
    }
}

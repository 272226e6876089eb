using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>Enrollment with its welcome bonus, and profile changes.</summary>
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

        if (CheckProfile(command.Profile) is { } rejection)
        {
            return rejection;
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

    public static Rejection? UpdateProfile(DecisionBuilder builder, UpdateProfile command)
    {
        if (command.Profile is null)
        {
            return new Rejection(RejectionCode.InvalidInput, "A profile is required.", "profile");
        }

        if (CheckProfile(command.Profile) is { } rejection)
        {
            return rejection;
        }

        builder.Emit(new ProfileUpdated(builder.Now, command.TransactionId, command.Profile));
        return null;
    }

    private static Rejection? CheckProfile(MemberProfile? profile) =>
        profile?.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)
            ? new Rejection(RejectionCode.InvalidInput, $"Unknown time zone '{zone}'.", "profile.timeZone")
            : null;
}

using System.Text.Json.Serialization;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;

namespace Loyalty.Domain.Challenges;

/// <summary>How a command moved one challenge, as the till, the app and live updates show it.</summary>
// Every member result keeps these for replays, so what did not happen (false, 0, null) is not written, and they are
// values: the newest results stay in member state, and a purchase in ten challenges keeps ten in one array. Not
// positional: JSON reads a struct through its parameterless constructor unless one is marked, and a stored update
// missing its goal would then read as 0 instead of being refused.
public readonly record struct ChallengeUpdate
{
    private const JsonIgnoreCondition UnlessItHappened = JsonIgnoreCondition.WhenWritingDefault;

    // What a purchase's progress (the common case) leaves at its defaults lives apart, so an update is 48 bytes, not 80:
    // a result keeps one per challenge of the program.
    private readonly Outcome? _outcome;

    /// <summary>An update; see the properties.</summary>
    [JsonConstructor]
    public ChallengeUpdate(
        string challengeId,
        decimal progress,
        decimal goal,
        bool joined = false,
        bool completed = false,
        long rewardPoints = 0,
        string? badgeId = null,
        string? offerId = null,
        bool revoked = false,
        long pointsTakenBack = 0)
    {
        (ChallengeId, Progress, Goal) = (challengeId, progress, goal);
        var happened = joined || completed || rewardPoints != 0 || badgeId is not null || offerId is not null || revoked || pointsTakenBack != 0;
        _outcome = happened ? new Outcome(joined, completed, rewardPoints, badgeId, offerId, revoked, pointsTakenBack) : null;
    }

    /// <summary>The challenge.</summary>
    public string ChallengeId { get; init; }

    /// <summary>Progress after the command.</summary>
    public decimal Progress { get; init; }

    /// <summary>What progress must reach.</summary>
    public decimal Goal { get; init; }

    /// <summary>The command opted the member in.</summary>
    [JsonIgnore(Condition = UnlessItHappened)]
    public bool Joined { get => Happened.Joined; init => _outcome = Kept(Happened with { Joined = value }); }

    /// <summary>The command completed it.</summary>
    [JsonIgnore(Condition = UnlessItHappened)]
    public bool Completed { get => Happened.Completed; init => _outcome = Kept(Happened with { Completed = value }); }

    /// <summary>Points the completion paid.</summary>
    [JsonIgnore(Condition = UnlessItHappened)]
    public long RewardPoints { get => Happened.RewardPoints; init => _outcome = Kept(Happened with { RewardPoints = value }); }

    /// <summary>Badge awarded (on completion) or taken back (on revocation).</summary>
    [JsonIgnore(Condition = UnlessItHappened)]
    public string? BadgeId { get => Happened.BadgeId; init => _outcome = Kept(Happened with { BadgeId = value }); }

    /// <summary>Offer unlocked (on completion) or withdrawn (on revocation).</summary>
    [JsonIgnore(Condition = UnlessItHappened)]
    public string? OfferId { get => Happened.OfferId; init => _outcome = Kept(Happened with { OfferId = value }); }

    /// <summary>A return took the completion and its reward back.</summary>
    [JsonIgnore(Condition = UnlessItHappened)]
    public bool Revoked { get => Happened.Revoked; init => _outcome = Kept(Happened with { Revoked = value }); }

    /// <summary>Reward points taken back.</summary>
    [JsonIgnore(Condition = UnlessItHappened)]
    public long PointsTakenBack { get => Happened.PointsTakenBack; init => _outcome = Kept(Happened with { PointsTakenBack = value }); }

    private Outcome Happened => _outcome ?? Outcome.None;

    // Nothing happened is kept as null, so updates built either way compare equal.
    private static Outcome? Kept(Outcome outcome) => outcome == Outcome.None ? null : outcome;

    /// <summary>The challenge updates and badge changes of one command's events, in the order they happened.</summary>
    public static (IReadOnlyList<ChallengeUpdate> Challenges, IReadOnlyList<string> Awarded, IReadOnlyList<string> Revoked) From(
        IReadOnlyList<IMemberEvent> events, IReadOnlyList<string> ruleBadges, MemberState after)
    {
        List<ChallengeUpdate>? updates = null;
        List<string> awarded = [.. ruleBadges];
        List<string> revoked = [];
        for (var i = 0; i < events.Count; i++)
        {
            switch (events[i])
            {
                case ChallengeJoined e:
                    Upsert(updates ??= [], after, e.ChallengeId, true, static (u, _) => u with { Joined = true });
                    break;
                case PurchaseRecorded { Challenges: { } advances }:
                    for (var j = 0; j < advances.Count; j++)
                    {
                        Upsert(updates ??= new(advances.Count), after, advances[j].ChallengeId, advances[j].Progress, static (u, progress) => u with { Progress = progress });
                    }

                    break;
                case ChallengeProgressReversed e:
                    Upsert(updates ??= [], after, e.ChallengeId, e.Progress, static (u, progress) => u with { Progress = progress });
                    break;
                case ChallengeCompleted e:
                    Upsert(updates ??= [], after, e.ChallengeId, e, static (u, e) => u with { Completed = true, RewardPoints = e.Lot?.Amount ?? 0, BadgeId = e.BadgeId, OfferId = e.OfferId });
                    awarded.AddRange(e.BadgeId is { } badge ? [badge] : []);
                    break;
                case ChallengeRewardRevoked e:
                    Upsert(updates ??= [], after, e.ChallengeId, e, static (u, e) => u with { Revoked = true, PointsTakenBack = e.Points.Amount, BadgeId = e.BadgeId, OfferId = e.OfferId });
                    revoked.AddRange(e.BadgeId is { } lost ? [lost] : []);
                    break;
                case BadgeRevoked e:
                    revoked.Add(e.BadgeId);
                    break;
            }
        }

        // The list itself, not a copy of it: nothing changes it once returned, and a purchase's list (the common case) was
        // made for exactly its advances, so the copy only ever cost an allocation.
        return (updates is null ? [] : updates, awarded, revoked);
    }

    // The changes are static lambdas given their argument, so a purchase in many challenges allocates no closures.
    private static void Upsert<TArg>(List<ChallengeUpdate> updates, MemberState after, string challengeId, TArg arg, Func<ChallengeUpdate, TArg, ChallengeUpdate> change)
    {
        var index = IndexOf(updates, challengeId);
        if (index >= 0)
        {
            updates[index] = change(updates[index], arg);
        }
        else
        {
            var standing = after.ChallengeStates[challengeId];
            updates.Add(change(new ChallengeUpdate(challengeId, standing.Progress, standing.Goal), arg));
        }
    }

    private static int IndexOf(List<ChallengeUpdate> updates, string challengeId)
    {
        var index = updates.Count - 1;
        while (index >= 0 && updates[index].ChallengeId != challengeId)
        {
            index--;
        }

        return index;
    }

    // Equal outcomes compare equal, so two updates with the same values do too, however they were built.
    private sealed record Outcome(bool Joined, bool Completed, long RewardPoints, string? BadgeId, string? OfferId, bool Revoked, long PointsTakenBack)
    {
        public static Outcome None { get; } = new(false, false, 0, null, null, false, 0);
    }
}

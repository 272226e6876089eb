using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Tests.Support;

/// <summary>One-line evaluation of a purchase for a member.</summary>
internal static class Evaluate
{
    public static MemberSnapshot Member(string tier = "Bronze", MemberProfile? profile = null, decimal lifetimeSpend = 0m, DateTimeOffset? enrolledAt = null) =>
        new(tier, profile ?? MemberProfile.Empty, enrolledAt ?? Baskets.Monday10.AddDays(-100), lifetimeSpend, new HashSet<string>());

    public static PurchaseEvaluation Purchase(ProgramDefinition program, Purchase purchase, MemberSnapshot? member = null) =>
        ProgramCompiler.Compile(program).Evaluate(purchase, member ?? Member());

    public static long Points(ProgramDefinition program, Purchase purchase, MemberSnapshot? member = null) =>
        Purchase(program, purchase, member).Points;
}

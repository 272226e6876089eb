namespace Loyalty.Runtime.CodeGen.Tests;

/// <summary>A grain project covering every supported shape: keys, inheritance, observers, attributes, injection.</summary>
internal static class ValidGrainSources
{
    public const string Interfaces = """
        using System.Threading;
        using System.Threading.Tasks;
        using Loyalty.Runtime;

        namespace Sample.Members
        {
            public sealed record Points(int Value);

            public interface INamedGrain : IGrainWithStringKey
            {
                Task<string> GetNameAsync();
            }

            public interface IMemberGrain : INamedGrain
            {
                Task<Points> EarnAsync(int points, string? reason, CancellationToken cancellationToken);

                [ReadOnly]
                ValueTask<int> GetBalanceAsync();

                [AlwaysInterleave, ResponseTimeout("00:00:05")]
                ValueTask PingAsync();

                [OneWay]
                Task SubscribeAsync(IMemberObserver observer, object? tag);

                Task<int[]?> HistoryAsync(params int[] filter);
            }

            public interface IMemberObserver : IGrainObserver
            {
                Task OnChangedAsync(Points points);
            }

            public interface ICampaignGrain : IGrainWithGuidKey
            {
                Task StartAsync(IMemberGrain owner);

                Task<string> GetNameAsync();
            }

            // Two inherited methods with one signature: only explicit implementations can tell them apart.
            public interface IPartnerGrain : IGrainWithIntegerKey, INamedGrain, ICampaignGrain
            {
                Task<long> CountAsync(long from, System.DateTimeOffset? until = null);
            }

            public static class Outer
            {
                public interface INested_Grain : IGrainWithStringKey
                {
                    Task RunAsync();

                    Task @checked();
                }
            }

            public partial interface ISplitGrain : IGrainWithStringKey
            {
                Task FirstAsync();
            }

            public partial interface ISplitGrain
            {
                Task SecondAsync();
            }

            public interface IPlainService
            {
                Task RunAsync();
            }
        }
        """;

    public const string Classes = """
        using System;
        using Loyalty.Runtime;
        using Microsoft.Extensions.DependencyInjection;

        namespace Sample.Members
        {
            public sealed class MemberState
            {
                public int Balance { get; set; }
            }

            public enum Region { Europe, America }

            public sealed class MemberGrain(
                [PersistentState("member", "loyalty")] IPersistentState<MemberState> member,
                [PersistentState("audit")] IPersistentState<MemberState> audit,
                IGrainContext context,
                [FromKeyedServices("clock")] TimeProvider clock,
                IServiceProvider services,
                ICustomFormatter? optionalFormatter,
                string label = "member",
                Region region = Region.America,
                double rate = 1.5,
                IFormatProvider? format = null) : Grain
            {
                public MemberGrain() : this(null!, null!, null!, null!, null!, null) { }
            }

            public abstract class GrainWithoutActivator : Grain;

            internal sealed class CampaignGrain : GrainWithoutActivator;

            public sealed partial class SplitGrain : Grain;

            public sealed partial class SplitGrain;
        }
        """;
}

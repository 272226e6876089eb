using System.Collections.Concurrent;
using System.Diagnostics;

namespace Loyalty.Silo.Tests.Infrastructure;

/// <summary>
/// Records every span the named sources end while it lives. Listeners are process-wide, so other tests'
/// spans land here too: pick yours with <see cref="IsMemberGrainCall"/> or by trace id.
/// </summary>
internal sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener _listener;

    public SpanRecorder(params string[] sources)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Spans.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public ConcurrentBag<Activity> Spans { get; } = [];

    /// <summary>Whether <paramref name="span"/> is a call of <c>IMemberGrain.{method}</c> on <paramref name="memberId"/>.</summary>
    public static bool IsMemberGrainCall(Activity span, string memberId, string method = "PurchaseAsync") =>
        span.OperationName.EndsWith("IMemberGrain/" + method, StringComparison.Ordinal)
        && (string?)span.GetTagItem("loyalty.grain_id") == "member/" + memberId;

    public void Dispose() => _listener.Dispose();
}

using System.Diagnostics;
using Loyalty.Runtime.Journaling;

namespace Loyalty.Runtime.Postgres;

/// <summary>An append waiting in the journal writer, and the promise its caller awaits.</summary>
internal sealed class PendingAppend(JournalAppend append)
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public JournalAppend Append { get; } = append;

    public string GrainKey { get; } = append.GrainId.ToString();

    /// <summary>The appending trace's span, which the commit span links to; default when nobody traces.</summary>
    public ActivityContext Caller { get; } = Activity.Current?.Context ?? default;

    /// <summary>Completes after COMMIT, or fails with the append's own conflict or the batch's error.</summary>
    public Task Completion => _completion.Task;

    public void Succeed() => _completion.TrySetResult();

    public void Fail(Exception error) => _completion.TrySetException(error);
}

namespace Loyalty.Runtime.Tests.Grains;

/// <summary>A stateless worker whose calls can only finish if several run at the same time.</summary>
public interface IWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>Waits until <paramref name="parties"/> calls have arrived (or 5 s pass, then throws).</summary>
    Task<int> MeetAsync(int parties);
}

[StatelessWorker(4)]
public sealed class WorkerGrain : Grain, IWorkerGrain
{
    private static readonly Lock Gate = new();
    private static int _arrived;
    private static TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Reset()
    {
        lock (Gate)
        {
            _arrived = 0;
            _allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public async Task<int> MeetAsync(int parties)
    {
        Task all;
        lock (Gate)
        {
            if (++_arrived == parties)
            {
                _allArrived.TrySetResult();
            }

            all = _allArrived.Task;
        }

        await all.WaitAsync(TimeSpan.FromSeconds(5));
        return parties;
    }
}

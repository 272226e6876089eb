using System.Collections.Concurrent;

namespace Loyalty.Grains.Batching;

/// <summary>
/// Carries items from many grains to a delivery without making any grain wait: <see cref="Post"/> only queues, and
/// one pump per owner drains whatever has queued and hands it over in one piece. While a delivery is in flight new
/// items queue up, so the busier the silo, the bigger the batches. The pump ends when the queue is empty and the next
/// post starts another.
/// </summary>
/// <typeparam name="T">What is carried.</typeparam>
/// <param name="deliver">Sends one drained batch and handles its own failures (one that escapes loses that batch only).</param>
/// <param name="linger">
/// How long the pump lets items gather before each drain. Zero suits deliveries someone waits for; a reader that
/// tolerates a short delay gets far fewer, bigger batches (one per linger instead of one per few items).
/// </param>
internal sealed class BatchPump<T>(Func<List<T>, Task> deliver, TimeSpan linger = default)
{
    private readonly ConcurrentQueue<T> _queue = new();
    private readonly Lock _gate = new();
    private Task _pump = Task.CompletedTask;
    private bool _pumping;

    /// <summary>Queues <paramref name="item"/>; never waits.</summary>
    public void Post(T item)
    {
        _queue.Enqueue(item);
        lock (_gate)
        {
            // The pump clears the flag under this lock only after finding the queue empty, so an item enqueued
            // before the check is either drained by that pump or starts a new one.
            if (!_pumping)
            {
                _pumping = true;
                // No grain context, request context or caller identity flows into the pump.
                using (ExecutionContext.SuppressFlow())
                {
                    _pump = Task.Run(PumpAsync);
                }
            }
        }
    }

    /// <summary>Completes once everything posted before the call has been handed to the delivery.</summary>
    public async Task FlushAsync()
    {
        for (var rounds = 0; rounds < 1_000; rounds++)
        {
            Task pump;
            lock (_gate)
            {
                pump = _pump;
            }

            await pump.ConfigureAwait(false);
            if (_queue.IsEmpty)
            {
                return;
            }

            await Task.Yield();
        }
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            if (linger > TimeSpan.Zero)
            {
                await Task.Delay(linger).ConfigureAwait(false);
            }

            var batch = new List<T>();
            while (_queue.TryDequeue(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count == 0)
            {
                lock (_gate)
                {
                    if (_queue.IsEmpty)
                    {
                        _pumping = false;
                        return;
                    }
                }

                continue;
            }

            try
            {
                await deliver(batch).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The delivery should have handled it; if it did not, the batch is lost but the pump must live on,
                // or every later item would queue forever behind a pump that no longer runs.
            }
        }
    }
}

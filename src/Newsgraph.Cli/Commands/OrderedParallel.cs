using System.Runtime.ExceptionServices;

namespace Newsgraph.Cli.Commands;

/// <summary>Runs work on several threads and hands the results back in input order, stopping cleanly on cancellation.</summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Applies <paramref name="work"/> to <paramref name="items"/> on <paramref name="threads"/> threads and yields the
    /// results in input order. Once <paramref name="cancellationToken"/> is cancelled no item is started, the ones in
    /// progress finish, and every finished result is still yielded, so no completed work is lost; the sequence then
    /// ends early. An exception is rethrown at its item's place in the order, so the reported error is reproducible.
    /// Threads run at most two items per thread ahead of the reader, which bounds the results held in memory and the
    /// work an interrupt still waits for, while a slow item does not leave the other threads idle.
    /// </summary>
    public static IEnumerable<TResult> Select<TItem, TResult>(
        IReadOnlyList<TItem> items, int threads, Func<TItem, TResult> work, CancellationToken cancellationToken)
    {
        var outcomes = new Outcome<TResult>?[items.Count];
        var gate = new object();
        var window = 2 * threads;
        var lastClaimed = -1;
        var handedOver = 0;
        var running = Math.Min(threads, items.Count);
        // Also stops the threads when the caller stops reading (an error, or a break).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var wakeOnStop = stop.Token.Register(() =>
        {
            lock (gate) Monitor.PulseAll(gate);
        });
        var workers = Enumerable.Range(0, running).Select(_ => new Thread(Work) { IsBackground = true }).ToArray();
        foreach (var worker in workers) worker.Start();
        try
        {
            for (var index = 0; index < items.Count; index++)
            {
                Outcome<TResult>? outcome;
                lock (gate)
                {
                    while ((outcome = outcomes[index]) is null && running > 0) Monitor.Wait(gate);
                    // Released once handed over, so memory holds only results that wait for earlier ones.
                    outcomes[index] = null;
                    handedOver = index + 1;
                    Monitor.PulseAll(gate);
                }

                // Items are claimed in order, so the first one missing after all threads stopped was never started.
                if (outcome is null) yield break;
                outcome.Error?.Throw();
                yield return outcome.Result!;
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var worker in workers) worker.Join();
        }

        void Work()
        {
            while (true)
            {
                int index;
                lock (gate)
                {
                    while (!stop.IsCancellationRequested && lastClaimed + 1 < items.Count && lastClaimed + 1 >= handedOver + window)
                        Monitor.Wait(gate);
                    if (stop.IsCancellationRequested || lastClaimed + 1 >= items.Count) break;
                    index = ++lastClaimed;
                }

                Outcome<TResult> outcome;
                try
                {
                    outcome = new Outcome<TResult>(work(items[index]), null);
                }
                catch (Exception error)
                {
                    outcome = new Outcome<TResult>(default, ExceptionDispatchInfo.Capture(error));
                }

                lock (gate)
                {
                    outcomes[index] = outcome;
                    Monitor.PulseAll(gate);
                }
            }

            lock (gate)
            {
                running--;
                Monitor.PulseAll(gate);
            }
        }
    }

    private sealed record Outcome<TResult>(TResult? Result, ExceptionDispatchInfo? Error);
}

using System.Threading.Channels;

namespace Samplan.Bench;

/// <summary>Makes batches on one thread and writes them on others, so that the domain work and the
/// database writes overlap. At most <c>Capacity</c> batches wait in between; with several writers
/// the batches are written in no particular order.</summary>
internal static class BatchPipeline
{
    private const int Capacity = 3;

    public static async Task RunAsync<TBatch>(IEnumerable<TBatch> batches, Func<TBatch, Task> write, CancellationToken cancellationToken, int writers = 1)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(write);
        var channel = Channel.CreateBounded<TBatch>(new BoundedChannelOptions(Capacity) { SingleReader = writers == 1, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var batch in batches)
                    {
                        await channel.Writer.WriteAsync(batch, stop.Token);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                    throw;
                }
            },
            stop.Token);

        async Task WriteAll()
        {
            try
            {
                await foreach (var batch in channel.Reader.ReadAllAsync(stop.Token))
                {
                    await write(batch);
                }
            }
            catch
            {
                // A failed write stops the other writers and the producer, which would otherwise
                // wait for room that never comes.
                await stop.CancelAsync();
                throw;
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(WriteAll, stop.Token)));
        await producer;
    }
}

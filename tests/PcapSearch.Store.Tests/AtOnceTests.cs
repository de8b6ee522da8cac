using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Tests;

/// <summary>The writers' runner: everything runs, and a failure is thrown only once every writer has ended (their connections stay in use until then).</summary>
public sealed class AtOnceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Every_piece_runs_once(int count)
    {
        var ran = new int[count];
        AtOnce.Run(count, i => Interlocked.Increment(ref ran[i]));
        Assert.All(ran, times => Assert.Equal(1, times));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_failure_is_thrown_after_the_other_writer_ended(int failing)
    {
        using var release = new ManualResetEventSlim();
        bool otherEnded = false;
        var failure = Assert.Throws<InvalidOperationException>(() => AtOnce.Run(2, i =>
        {
            if (i == failing)
            {
                release.Set();
                throw new InvalidOperationException("writer " + i);
            }
            release.Wait();
            Thread.Sleep(50); // still running when the failure happened
            Volatile.Write(ref otherEnded, true);
        }));
        Assert.Equal("writer " + failing, failure.Message);
        Assert.True(Volatile.Read(ref otherEnded));
    }
}

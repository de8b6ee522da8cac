using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PcapSearch.Ingest;
using PcapSearch.Ingest.Indexing;
using PcapSearch.Store;
using PcapSearch.Testing;

namespace PcapSearch.Bus.Tests;

/// <summary>The bus as `serve` runs it, in one process on the in-memory transport: the consumer's retry policy, with write failures injected into the real store.</summary>
public sealed class InMemoryBusTests : IDisposable
{
    private static readonly BusOptions Fast = new()
    {
        RetryLimit = 3,
        RetryMinInterval = TimeSpan.FromMilliseconds(10),
        RetryMaxInterval = TimeSpan.FromMilliseconds(50),
        RetryDelta = TimeSpan.FromMilliseconds(10),
    };

    private readonly string _data = Directory.CreateTempSubdirectory("pcapsearch-inmemory-").FullName;

    [Fact]
    public async Task A_transient_failure_is_retried_and_the_capture_ends_indexed_once()
    {
        using var real = StoredFlows.Open(_data);
        var store = FailingStore.Wrap(real, failures: 2);
        var capture = Captures.Message(TestCorpus.PathOf("arkime/dns-tcp.pcap"));

        await using (var bus = await Start(Fast, store))
        {
            await bus.AnnounceAsync(capture);
            await bus.WaitForOutcomesAsync([capture.CaptureId]);
            Assert.Equal([capture.CaptureId], bus.Indexed.Select(e => e.CaptureId));
            Assert.Empty(bus.Failed);
        }

        Assert.Equal((3, 2), (FailingStore.Of(store).Attempts, FailingStore.Of(store).FailedWrites));
        var record = real.Capture(capture.CaptureId)!;
        Assert.Equal(CaptureStatus.Done, record.Status);
        Assert.Null(record.FailureReason);
        Assert.Equal(2, StoredFlows.Ids(real, capture.CaptureId).Count);
    }

    [Fact]
    public async Task A_failure_that_outlasts_the_retries_fails_the_capture_with_the_reason()
    {
        using var real = StoredFlows.Open(_data);
        var store = FailingStore.Wrap(real, failures: int.MaxValue);
        var capture = Captures.Message(TestCorpus.PathOf("arkime/dns-tcp.pcap"));

        await using (var bus = await Start(Fast, store))
        {
            await bus.AnnounceAsync(capture);
            await bus.WaitForOutcomesAsync([capture.CaptureId]);
            Assert.Empty(bus.Indexed);
            Assert.Equal("injected store failure", Assert.Single(bus.Failed).Reason);
        }

        Assert.Equal(Fast.RetryLimit + 1, FailingStore.Of(store).Attempts);
        var record = real.Capture(capture.CaptureId)!;
        Assert.Equal(CaptureStatus.Failed, record.Status);
        Assert.Equal($"gave up after {Fast.RetryLimit + 1} attempts: injected store failure", record.FailureReason);
    }

    [Fact]
    public async Task A_capture_that_is_no_capture_is_tried_once()
    {
        using var real = StoredFlows.Open(_data);
        var store = FailingStore.Wrap(real, failures: 0);
        string text = Path.Combine(_data, "notes.pcap");
        File.WriteAllText(text, "hello\n");
        var capture = Captures.Message(text);

        await using (var bus = await Start(Fast, store))
        {
            await bus.AnnounceAsync(capture);
            await bus.WaitForOutcomesAsync([capture.CaptureId]);
            Assert.StartsWith("notes.pcap: not a packet capture", Assert.Single(bus.Failed).Reason);
        }

        Assert.Equal(1, FailingStore.Of(store).Attempts);
        Assert.Equal(CaptureStatus.Failed, real.Capture(capture.CaptureId)!.Status);
    }

    private static Task<TestBus> Start(BusOptions options, IFlowStore store) =>
        TestBus.StartAsync(options, services => services.AddSingleton(store).AddSingleton<ICaptureIndexer>(new CaptureIndexer(store)));

    /// <summary>The real store, whose flow writes fail with an I/O error (as a full disk would) the first <c>failures</c> times.</summary>
    public class FailingStore : DispatchProxy
    {
        private IFlowStore _inner = null!;
        private int _failures;

        /// <summary>Indexing attempts: each begins with a record saying processing with nothing read.</summary>
        public int Attempts { get; private set; }

        public int FailedWrites { get; private set; }

        public static IFlowStore Wrap(IFlowStore inner, int failures)
        {
            var store = Create<IFlowStore, FailingStore>();
            ((FailingStore)(object)store)._inner = inner;
            ((FailingStore)(object)store)._failures = failures;
            return store;
        }

        public static FailingStore Of(IFlowStore store) => (FailingStore)(object)store;

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(IFlowStore.UpsertCapture) && args![0] is CaptureRecord { Status: CaptureStatus.Processing, BytesRead: 0 }) Attempts++;
            if (method.Name == nameof(IFlowStore.UpsertFlows) && FailedWrites < _failures)
            {
                FailedWrites++;
                throw new IOException("injected store failure");
            }
            try
            {
                return method.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                throw e.InnerException;
            }
        }
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}

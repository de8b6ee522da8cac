using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Tests.Corpus;
using PcapSearch.Testing;

namespace PcapSearch.Flows.Tests.Engine;

/// <summary>Documents formatted on several threads reach the output exactly as one writer would have written them.</summary>
public sealed class BackgroundFlowSinkTests
{
    private static readonly CaptureSource Capture = new("id-background", "background.pcap");

    /// <summary>Every Arkime and Zeek corpus flow, three times over: thousands of flows, many batches.</summary>
    private static readonly Lazy<List<Flow>> Flows = new(() =>
    {
        var once = new[] { "arkime", "zeek" }.SelectMany(TestCorpus.Captures).Select(TestCorpus.PathOf).SelectMany(capture =>
        {
            try
            {
                return EngineRun.Of(capture).Flows;
            }
            catch (InvalidDataException)
            {
                return [];
            }
        }).ToList();
        return [.. once, .. once, .. once];
    });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_number_of_writers_gives_one_writers_documents_in_the_same_order(int writers)
    {
        var flows = Flows.Value;
        var expected = new MemoryStream();
        using (var direct = new FlowDocumentWriter(expected, Capture))
        {
            foreach (var flow in flows) direct.Write(flow);
        }

        var actual = new MemoryStream();
        using (var sink = new BackgroundFlowSink(actual, buffer => new FlowDocumentWriter(buffer, Capture), writers))
        {
            foreach (var flow in flows) sink.Write(flow);
            sink.Complete();
        }

        Assert.True(flows.Count > 5_000, $"{flows.Count} flows");
        Assert.Equal(expected.ToArray(), actual.ToArray());
    }

    [Fact]
    public void Buffered_writers_are_flushed_after_every_batch()
    {
        var flows = Flows.Value;
        var expected = new MemoryStream();
        using (var direct = new FlowCsvWriter(expected, Capture))
        {
            foreach (var flow in flows) direct.Write(flow);
        }

        var actual = new MemoryStream();
        using (var sink = new BackgroundFlowSink(actual, buffer => new FlowCsvWriter(buffer, Capture)))
        {
            foreach (var flow in flows) sink.Write(flow);
            sink.Complete();
        }

        Assert.Equal(expected.ToArray(), actual.ToArray());
    }

    [Fact]
    public void Disposing_without_completing_still_writes_every_flow_handed_over()
    {
        var flows = Flows.Value.Take(1_500).ToList();
        var expected = new MemoryStream();
        using (var direct = new FlowDocumentWriter(expected, Capture))
        {
            foreach (var flow in flows) direct.Write(flow);
        }

        var actual = new MemoryStream();
        using (var sink = new BackgroundFlowSink(actual, buffer => new FlowDocumentWriter(buffer, Capture)))
        {
            foreach (var flow in flows) sink.Write(flow);
        }

        Assert.Equal(expected.ToArray(), actual.ToArray());
    }

    [Fact]
    public void A_writer_failure_is_rethrown_and_the_reader_is_never_left_waiting()
    {
        int made = 0;
        using var sink = new BackgroundFlowSink(new MemoryStream(),
            buffer => Interlocked.Increment(ref made) == 1 ? new FailingSink() : new FlowDocumentWriter(buffer, Capture), writers: 2);

        var failure = Assert.Throws<IOException>(() =>
        {
            foreach (var flow in Flows.Value) sink.Write(flow);
            sink.Complete();
        });

        Assert.Contains("writing flows failed: disk full", failure.Message);
    }

    private sealed class FailingSink : IFlowSink
    {
        public void Write(Flow flow) => throw new IOException("disk full");
    }
}

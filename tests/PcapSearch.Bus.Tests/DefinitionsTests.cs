using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Bus.Tests;

public sealed class DefinitionsTests(RabbitMqNode broker, LargeCapture large, ITestOutputHelper output) : BusTest(broker, output)
{
    /// <summary>
    /// deploy/rabbitmq/definitions.json, for operators who declare the broker's topology up front, is exactly
    /// the durable topology MassTransit declares when a worker consumes, a producer announces, a capture is
    /// indexed with progress and another is rejected.
    /// </summary>
    [SkippableFact]
    public async Task The_shipped_definitions_are_the_topology_the_bus_declares()
    {
        Skip.If(Broker.SkipReason != null, Broker.SkipReason);
        string virtualHost = Broker.NewVirtualHost();
        string url = Broker.Url(virtualHost);
        string notCapture = Path.Combine(Root, "notes.txt");
        File.WriteAllText(notCapture, "not a capture\n");
        var worker = StartWorker("worker", url, "--batch-size", "1000");

        await using (var bus = await TestBus.StartAsync(new BusOptions { RabbitMqUrl = url, Consume = false }))
        {
            var indexed = await bus.AnnounceAsync(large.Path);
            var rejected = await bus.AnnounceAsync(notCapture);
            await bus.WaitForOutcomesAsync([indexed.CaptureId, rejected.CaptureId]);
            Assert.NotEmpty(bus.Progress);
        }
        Assert.Equal(0, worker.Stop());

        string definitions = Path.Combine(TestCorpus.Root, "..", "..", "deploy", "rabbitmq", "definitions.json");
        var declared = Broker.DurableTopology(virtualHost);
        Output.WriteLine("declared:\n" + string.Join('\n', declared));
        Assert.Equal(RabbitMqNode.Definitions(definitions), declared);
    }
}

using PcapSearch.Decoding;

namespace PcapSearch.Flows.Tests;

/// <summary>The flow table's open-addressing index, against a <c>Dictionary</c> doing the same adds and removes.</summary>
public class FlowsByKeyTests
{
    [Theory]
    [InlineData(0, 500)]          // the smallest table kept nearly half full: long probe runs, wrapping at the end
    [InlineData(0, 20_000)]       // grown many times
    [InlineData(100_000, 20_000)] // sized ahead
    public void Finds_adds_and_removes_as_a_dictionary_does(int expectedFlows, int liveFlows)
    {
        var index = new FlowsByKey(expectedFlows);
        var model = new Dictionary<FlowKey, Flow>();
        var random = new Random(liveFlows);
        var keys = Enumerable.Range(0, liveFlows * 3).Select(_ => RandomKey(random)).Distinct().ToArray();

        for (int step = 0; step < 200_000; step++)
        {
            var key = keys[random.Next(keys.Length)];
            bool remove = model.Count >= liveFlows || (model.Count > 0 && random.Next(3) == 0);
            if (remove && model.TryGetValue(key, out var stored))
            {
                index.Remove(stored);
                model.Remove(key);
            }
            else
            {
                ref Flow? slot = ref index.FindOrAdd(key, out bool exists);
                Assert.Equal(model.ContainsKey(key), exists);
                if (exists) Assert.Same(model[key], slot);
                else model[key] = slot = new Flow(key, true, step, 6, step);
            }
            Assert.Equal(model.Count, index.Count);
        }

        foreach (var (key, flow) in model)
        {
            Assert.Same(flow, index.FindOrAdd(key, out bool exists));
            Assert.True(exists);
        }
        Assert.Equal(model.Values.OrderBy(f => f.FirstOffset), index.Flows().OrderBy(f => f.FirstOffset));
    }

    [Fact]
    public void Removing_a_flow_not_in_the_table_changes_nothing_and_clear_empties_it()
    {
        var random = new Random(1);
        var index = new FlowsByKey(0);
        var kept = Add(index, RandomKey(random));
        var other = new Flow(RandomKey(random), true, 0, 6, 0);

        index.Remove(other);
        Assert.Equal(1, index.Count);
        Assert.Same(kept, Assert.Single(index.Flows()));

        index.Clear();
        Assert.Equal(0, index.Count);
        Assert.Empty(index.Flows());
        index.FindOrAdd(kept.Key, out bool exists);
        Assert.False(exists);
    }

    private static Flow Add(FlowsByKey index, FlowKey key)
    {
        ref Flow? slot = ref index.FindOrAdd(key, out _);
        return slot = new Flow(key, true, 0, 6, 0);
    }

    private static FlowKey RandomKey(Random random)
    {
        // Few addresses and ports, so that many keys share parts (as the flows of one host do).
        var packet = new DecodedPacket
        {
            Outcome = DecodeOutcome.Ip,
            IpVersion = 4,
            Source = IpAddress.Parse($"10.0.{random.Next(4)}.{random.Next(256)}"),
            Destination = IpAddress.Parse($"192.0.2.{random.Next(8)}"),
            SourcePort = (ushort)random.Next(1024, 1024 + 512),
            DestinationPort = random.Next(2) == 0 ? (ushort)443 : (ushort)53,
            Protocol = random.Next(2) == 0 ? IpProtocol.Tcp : IpProtocol.Udp,
        };
        return FlowKey.Of(packet, keyOnVlan: true, out _);
    }
}

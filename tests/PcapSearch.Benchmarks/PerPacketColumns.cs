using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PcapSearch.Benchmarks;

/// <summary>Adds the per-packet and per-flow columns to the summary table.</summary>
public sealed class PerPacketConfig : ManualConfig
{
    public PerPacketConfig()
    {
        AddColumn(PerPacketColumns.All);
    }
}

/// <summary>Adds the per-flow columns to the summary table.</summary>
public sealed class PerFlowConfig : ManualConfig
{
    public PerFlowConfig()
    {
        AddColumn(PerPacketColumns.PerFlow);
    }
}

/// <summary>
/// Columns computed in the host process from the capture's packet and flow counts (the host loads
/// the same cached capture as the benchmark processes):
///   ns/pkt, Mpkt/s, MB/s  from the Mean of one operation (the whole capture);
///   Alloc/pkt             BenchmarkDotNet's Allocated per operation divided by packets (setup included);
///   Steady B/pkt          allocation census: bytes per packet that neither opened nor emitted a flow;
///   B/flow                allocation census: bytes allocated on flow-opening/-emitting packets and at
///                         the end-of-capture flush, per flow (Flow objects, table growth, documents),
///                         then the median flow-event packet's bytes (typically one Flow object);
///   Setup B               allocation census: bytes allocated before the first packet.
/// </summary>
public static class PerPacketColumns
{
    public static readonly IColumn[] All =
    [
        new Column("Packets", "Packets in the capture", (s, b) => Count(Workload.Shared.Packets)),
        new Column("Flows", "Flows in the capture", (s, b) => Count(Workload.Shared.FlowCount)),
        new Column("ns/pkt", "Mean time per packet (ns)", (s, b) => MeanNs(s, b) is { } ns ? Number(ns / Workload.Shared.Packets, 1) : "?"),
        new Column("Mpkt/s", "Million packets per second (one thread)", (s, b) => MeanNs(s, b) is { } ns ? Number(Workload.Shared.Packets / ns * 1e3, 2) : "?"),
        new Column("MB/s", "Capture megabytes (1e6) per second", (s, b) => MeanNs(s, b) is { } ns ? Number(Workload.Shared.Bytes.Length / ns * 1e3, 0) : "?"),
        new Column("Alloc/pkt", "Allocated per operation / packets, setup included (bytes)",
            (s, b) => s[b]?.GcStats.GetBytesAllocatedPerOperation(b) is { } bytes ? Number((double)bytes / Workload.Shared.Packets, 3) : "?"),
        new Column("Steady B/pkt", "Census: bytes allocated per packet that neither opened nor emitted a flow",
            (s, b) => Census(b) is { } c ? $"{Number(c.SteadyBytesPerPacket, 3)} ({c.SteadyAllocatingPackets} alloc.)" : "?"),
        new Column("B/flow", "Census: bytes allocated on flow-opening/-emitting packets and at the flush, per flow (all of them / the median flow-event packet)",
            (s, b) => Census(b) is { Flows: > 0 } c ? $"{Number(c.BytesPerFlow, 0)} / {Count(c.MedianFlowEventBytes)}" : "-"),
        new Column("Setup B", "Census: bytes allocated before the first packet (reader window, decoder, table, writer)",
            (s, b) => Census(b) is { } c ? Count(c.SetupBytes) : "?"),
    ];

    public static readonly IColumn[] PerFlow =
    [
        new Column("Flows", "Flows in the capture", (s, b) => Count(Workload.Shared.FlowCount)),
        new Column("ns/flow", "Mean time per flow (ns)", (s, b) => MeanNs(s, b) is { } ns ? Number(ns / Workload.Shared.FlowCount, 0) : "?"),
        new Column("Alloc/flow", "Allocated per operation / flows (bytes)",
            (s, b) => s[b]?.GcStats.GetBytesAllocatedPerOperation(b) is { } bytes ? Number((double)bytes / Workload.Shared.FlowCount, 1) : "?"),
    ];

    private static double? MeanNs(Summary summary, BenchmarkCase benchmark) => summary[benchmark]?.ResultStatistics?.Mean;

    private static AllocationCensus? Census(BenchmarkCase benchmark) =>
        Enum.TryParse<Stage>(benchmark.Descriptor.WorkloadMethod.Name, out var stage) ? AllocationCensus.Of(stage) : null;

    private static string Number(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private sealed class Column(string name, string legend, Func<Summary, BenchmarkCase, string> value) : IColumn
    {
        public string Id => "PcapSearch." + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => legend;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, benchmarkCase);
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => value(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}

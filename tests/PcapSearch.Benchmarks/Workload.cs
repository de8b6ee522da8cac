using System.Diagnostics;
using System.Security.Cryptography;
using PcapSearch.Capture;
using PcapSearch.Decoding;
using PcapSearch.Flows;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Benchmarks;

/// <summary>
/// The benchmarks' input: a capture made by tests/bench/gen_pcap.py (seed 3, 64 MB unless
/// PCAPSEARCH_BENCH_MB says otherwise), generated once into a temp directory and kept there under a
/// name that includes the generator's hash, then loaded whole into memory so that disk is out of
/// the picture. The host process (which prints the per-packet columns) and every benchmark process
/// load the same bytes.
/// </summary>
public sealed class Workload
{
    public const int Seed = 3;

    private static readonly Lazy<Workload> Instance = new(Create);

    private Workload(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        CaptureId = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var reader = Open();
        while (reader.TryRead(out _)) Packets++;
        var counter = new CountingSink();
        CaptureEngine.Run(Open(), new EngineOptions(), counter);
        FlowCount = counter.Count;
    }

    public static Workload Shared => Instance.Value;

    public string Path { get; }
    public byte[] Bytes { get; }
    public string CaptureId { get; }
    public long Packets { get; }
    public long FlowCount { get; }

    public static double TargetMb =>
        double.TryParse(Environment.GetEnvironmentVariable("PCAPSEARCH_BENCH_MB"), System.Globalization.CultureInfo.InvariantCulture, out var mb) && mb > 0 ? mb : 64;

    /// <summary>A reader over the in-memory capture (the reader owns and disposes its stream).</summary>
    public CaptureReader Open() => CaptureReader.Open(new MemoryStream(Bytes, writable: false), "bench.pcap");

    private static Workload Create()
    {
        string path = Generate();
        return new Workload(path, File.ReadAllBytes(path));
    }

    private static string Generate()
    {
        string generator = FindGenerator();
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(generator)))[..12];
        string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pcapsearch-benchmarks");
        Directory.CreateDirectory(directory);
        string mb = TargetMb.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string path = System.IO.Path.Combine(directory, $"gen-{mb}mb-seed{Seed}-{hash}.pcap");
        if (File.Exists(path)) return path;

        string partial = path + "." + Environment.ProcessId + ".partial";
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { generator, "--out", partial, "--target-mb", mb, "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var python = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");
        string errors = python.StandardError.ReadToEnd();
        python.WaitForExit();
        if (python.ExitCode != 0) throw new InvalidOperationException($"gen_pcap.py failed ({python.ExitCode}): {errors}");
        File.Move(partial, path, overwrite: true);
        return path;
    }

    /// <summary>tests/bench/gen_pcap.py, found upwards from the binary (BenchmarkDotNet runs a copy under bin/) or the working directory.</summary>
    private static string FindGenerator()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                string candidate = System.IO.Path.Combine(dir.FullName, "tests", "bench", "gen_pcap.py");
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException("tests/bench/gen_pcap.py not found above " + AppContext.BaseDirectory);
    }

    private sealed class CountingSink : IFlowSink
    {
        public long Count;
        public void Write(Flow flow) => Count++;
    }
}

/// <summary>Discards flows: the flow table's cost without any output.</summary>
public sealed class NullFlowSink : IFlowSink
{
    public static readonly NullFlowSink Instance = new();
    public void Write(Flow flow) { }
}

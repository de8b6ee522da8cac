using System.IO.Compression;
using PcapSearch.Testing;

namespace PcapSearch.Cli.Tests;

/// <summary>
/// The native `flows` that ./pcapsearch runs says byte for byte what the tested .NET CLI says: the same stdout, stderr
/// and exit status over the whole corpus (corrupt captures included), in every format and with the options that
/// change the engine's path (filter, no protocols, enrichment of public addresses, compressed and refused input).
/// </summary>
public sealed class NativeFlowsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-native-").FullName;

    public static TheoryData<string> Corpora => new() { "arkime", "zeek", "tcpdump" };

    [SkippableTheory]
    [MemberData(nameof(Corpora))]
    public void Every_capture_of_a_corpus_gives_the_same_documents_warnings_and_status(string corpus) =>
        AssertSame(["flows", .. TestCorpus.Captures(corpus).Select(TestCorpus.PathOf)]);

    [SkippableTheory]
    [InlineData("csv")]
    [InlineData("table")]
    [InlineData("none")]
    public void Every_format_and_the_statistics_are_the_same(string format) =>
        AssertSame(["flows", "--format", format, "--stats", .. TestCorpus.Captures("arkime").Select(TestCorpus.PathOf)]);

    [SkippableFact]
    public void A_filter_without_protocols_and_without_enrichment_gives_the_same_flows() =>
        AssertSame(["flows", "--filter", "tcp or icmp6", "--no-protocols", "--no-enrichment", .. TestCorpus.Captures("zeek").Select(TestCorpus.PathOf)]);

    [SkippableFact]
    public void Public_addresses_get_the_same_places_and_networks() =>
        AssertSame("flows", TestCorpus.PathOf("zeek/dns-caa.pcap"));

    [SkippableFact]
    public void Compressed_refused_and_missing_input_and_a_bad_filter_are_told_alike()
    {
        string compressed = Path.Combine(_directory, "dns-tcp.pcap.gz"), text = Path.Combine(_directory, "notes.txt");
        using (var output = new GZipStream(File.Create(compressed), CompressionLevel.Fastest))
        using (var input = File.OpenRead(TestCorpus.PathOf("arkime/dns-tcp.pcap")))
        {
            input.CopyTo(output);
        }
        File.WriteAllText(text, "not a capture\n");

        AssertSame("flows", compressed, text, Path.Combine(_directory, "missing.pcap"), _directory);
        AssertSame("flows", "--filter", "tcp port", compressed);
        AssertSame("flows", "--format", "json", compressed);
    }

    private static void AssertSame(params string[] arguments)
    {
        Skip.If(NativeCli.Executable is null, NativeCli.SkipReason);
        var expected = CliProcess.Run(arguments);
        var native = CliProcess.RunNative(NativeCli.Executable!, arguments);

        Assert.Equal(expected.ExitCode, native.ExitCode);
        Assert.Equal(expected.Stderr, native.Stderr);
        Assert.True(expected.Stdout == native.Stdout, $"stdout differs: {expected.Stdout.Length} characters from the CLI, {native.Stdout.Length} from the native build");
        Assert.NotEqual("", expected.Stdout + expected.Stderr);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

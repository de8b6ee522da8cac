using System.Net.Sockets;
using System.Text;
using PcapSearch.Capture;
using PcapSearch.Cli.LiveCapture;

namespace PcapSearch.Cli.Tests;

public sealed class LiveCaptureTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pcapsearch-capture-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData("100MB", 100_000_000L, null)]
    [InlineData("1.5GB", 1_500_000_000L, null)]
    [InlineData("512kb", 512_000L, null)]
    [InlineData("60s", null, 60.0)]
    [InlineData("5m", null, 300.0)]
    [InlineData("1h", null, 3600.0)]
    [InlineData("100MB,60s", 100_000_000L, 60.0)]
    public void Rotation_is_a_size_a_time_or_both(string text, long? bytes, double? seconds)
    {
        var policy = RotationPolicy.Parse(text);

        Assert.Equal(bytes, policy.MaxBytes);
        Assert.Equal(seconds, policy.MaxAge?.TotalSeconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("100")]
    [InlineData("0MB")]
    [InlineData("-5s")]
    [InlineData("10 parsecs")]
    [InlineData("100MB,")]
    public void A_bad_rotation_says_what_is_accepted(string text)
    {
        var error = Assert.Throws<FormatException>(() => RotationPolicy.Parse(text));

        Assert.Contains("expected a size (100MB, 1GB, 512KB) or a duration (60s, 5m, 1h)", error.Message);
    }

    [Fact]
    public void File_names_sort_in_time_order_and_keep_the_interface_name_safe()
    {
        var start = new DateTimeOffset(2026, 11, 23, 17, 5, 9, TimeSpan.Zero);

        Assert.Equal("eth0-20261123T170509Z-0001.pcapng", RotatingCaptureFiles.NameFor("eth0", start, 1));
        Assert.Equal("any_pktap_-20261123T170509Z-0012.pcapng", RotatingCaptureFiles.NameFor("any/pktap:", start, 12));
    }

    [Fact]
    public void Files_are_partial_until_rotated_and_read_back_packet_for_packet()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
        byte[] frame = Encoding.ASCII.GetBytes("an ethernet frame, as far as the writer cares");
        using var files = new RotatingCaptureFiles(_directory, "lo", 1, 65535, new RotationPolicy(400, TimeSpan.FromSeconds(60)), clock);

        files.Start();
        files.Write(1_700_000_000_000_001, frame, 1500);
        string[] whileWriting = Directory.GetFiles(_directory);
        for (int i = 0; i < 4; i++) files.Write(1_700_000_000_000_002 + i, frame, frame.Length);
        clock.Now += TimeSpan.FromSeconds(61);
        files.Write(1_700_000_000_000_010, frame, frame.Length);
        files.RotateIfDue();
        files.Dispose();

        Assert.EndsWith(".pcapng.part", Assert.Single(whileWriting));
        Assert.Empty(Directory.GetFiles(_directory, "*.part"));
        Assert.Equal(files.Completed.Order(StringComparer.Ordinal), Directory.GetFiles(_directory).Order(StringComparer.Ordinal));
        var packets = files.Completed.Select(ReadBack).ToList();
        // 88 bytes of headers and 80 per packet: the fourth packet passes 400 bytes; the sixth comes after the time limit.
        Assert.Equal([4, 2], packets.Select(p => p.Count));
        var first = packets[0][0];
        Assert.Equal((1_700_000_000_000_001L * 1000, 1500, frame.Length), (first.TimestampNs, first.OriginalLength, first.Frame.Length));
        Assert.Equal("an ethernet frame", Encoding.ASCII.GetString(first.Frame)[..17]);
    }

    [Theory]
    [InlineData("--rotate", "soon", "bad rotation \"soon\"")]
    [InlineData("--stop-after", "100MB", "bad duration \"100MB\"")]
    [InlineData("--filter", "tcp port", "")]
    public void Bad_arguments_exit_2_before_any_interface_is_opened(string option, string value, string expected)
    {
        var result = CliProcess.Run("capture", "-i", "lo", option, value, "--watch", _directory);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("pcapsearch capture: ", result.Stderr);
        Assert.Contains(expected, result.Stderr);
        Assert.False(Directory.Exists(_directory));
    }

    [Fact]
    public void An_unknown_interface_exits_2_and_names_the_interfaces_there_are()
    {
        var result = CliProcess.Run("capture", "-i", "no-such-interface0", "--watch", _directory);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no interface \"no-such-interface0\"; there are: ", result.Stderr);
        Assert.Contains("lo", result.Stderr);
    }

    [SkippableFact]
    public async Task A_real_capture_on_loopback_holds_the_datagrams_sent_while_it_ran()
    {
        Skip.If(Environment.UserName != "root", "live capture needs root (or CAP_NET_RAW); this test runs as " + Environment.UserName);
        const int port = 39_999;
        var run = Task.Run(() => CliProcess.Run("capture", "-i", "lo", "--filter", $"udp port {port}", "--rotate", "1s", "--stop-after", "4s", "--watch", _directory));
        using var sender = new UdpClient();
        byte[] marker = Encoding.ASCII.GetBytes("pcapsearch live capture test");
        while (!run.IsCompleted)
        {
            await sender.SendAsync(marker, "127.0.0.1", port);
            await Task.Delay(50);
        }
        var result = await run;

        Skip.If(result.ExitCode == 1 && result.Stderr.Contains("cannot capture"), "libpcap cannot open lo here: " + result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(Directory.GetFiles(_directory, "*.part"));
        var frames = Directory.GetFiles(_directory, "lo-*.pcapng").SelectMany(ReadBack).ToList();
        Assert.NotEmpty(frames);
        Assert.All(frames, f => Assert.EndsWith("pcapsearch live capture test", Encoding.ASCII.GetString(f.Frame)));
    }

    private static List<(long TimestampNs, int OriginalLength, byte[] Frame)> ReadBack(string path)
    {
        using var reader = CaptureReader.Open(path);
        Assert.Equal("pcapng", reader.FormatDescription);
        Assert.Empty(reader.Warnings);
        var packets = new List<(long, int, byte[])>();
        while (reader.TryRead(out var packet)) packets.Add((packet.TimestampNs, packet.OriginalLength, packet.Data.ToArray()));
        return packets;
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }
}

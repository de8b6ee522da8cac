using PacketDotNet;
using PcapSearch.Testing;
using SharpPcap;
using SharpPcap.LibPcap;

namespace PcapSearch.Decoding.Tests;

/// <summary>A frame of the corpus as libpcap read it.</summary>
internal sealed record CorpusFrame(string File, int Index, LinkLayers LinkLayer, byte[] Data, int OriginalLength, long TimestampNs);

/// <summary>Every frame of every capture under tests/corpus that libpcap opens, read once per test run.</summary>
internal static class CorpusFrames
{
    private static readonly Lazy<(IReadOnlyList<CorpusFrame> Frames, IReadOnlyList<string> Refused)> Loaded = new(Load);

    public static IReadOnlyList<CorpusFrame> All => Loaded.Value.Frames;

    /// <summary>Files libpcap refused to open or read (many tcpdump captures are corrupt on purpose).</summary>
    public static IReadOnlyList<string> Refused => Loaded.Value.Refused;

    private static (IReadOnlyList<CorpusFrame>, IReadOnlyList<string>) Load()
    {
        var frames = new List<CorpusFrame>();
        var refused = new List<string>();
        foreach (string folder in new[] { "arkime", "tcpdump", "zeek" })
        {
            foreach (string relative in TestCorpus.Captures(folder))
            {
                try
                {
                    using var device = new CaptureFileReaderDevice(TestCorpus.PathOf(relative));
                    device.Open();
                    int index = 0;
                    while (device.GetNextPacket(out PacketCapture capture) == GetPacketStatus.PacketRead)
                    {
                        RawCapture raw = capture.GetPacket();
                        long timestamp = (long)raw.Timeval.Seconds * 1_000_000_000 + (long)raw.Timeval.MicroSeconds * 1000;
                        frames.Add(new CorpusFrame(relative, index++, raw.LinkLayerType, raw.Data, raw.PacketLength, timestamp));
                    }
                }
                catch (Exception e) when (e is PcapException or IOException or ArgumentException or InvalidOperationException)
                {
                    refused.Add(relative);
                }
            }
        }
        return (frames, refused);
    }
}

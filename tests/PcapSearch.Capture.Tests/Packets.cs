namespace PcapSearch.Capture.Tests;

/// <summary>A packet copied out of the reader's buffer, so tests can hold on to it.</summary>
internal sealed record Packet(byte[] Data, int OriginalLength, long TimestampNs, byte TimestampDigits,
    LinkType LinkType, int InterfaceId, long FileOffset)
{
    public string Hex => Convert.ToHexString(Data);
}

internal static class Packets
{
    public static List<Packet> ReadAll(CaptureReader reader, CancellationToken cancel = default)
    {
        var packets = new List<Packet>();
        while (reader.TryRead(out var p))
        {
            cancel.ThrowIfCancellationRequested();
            packets.Add(new Packet(p.Data.ToArray(), p.OriginalLength, p.TimestampNs, p.TimestampDigits, p.LinkType,
                p.InterfaceId, p.FileOffset));
        }
        return packets;
    }

    public static (List<Packet> Packets, CaptureReader Reader) Read(byte[] capture, string name = "test",
        CaptureReaderOptions? options = null)
    {
        var reader = CaptureReader.Open(new MemoryStream(capture), name, options);
        return (ReadAll(reader), reader);
    }

    public static byte[] Bytes(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }
}

using System.IO.Compression;
using System.Text;

namespace PcapSearch.Capture.Tests;

public class RefusalTests
{
    // GZipStream writes nothing at all for empty input, so the empty member is spelled out.
    private static readonly byte[] EmptyGzipMember = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    public static TheoryData<string, byte[], string> NotCaptures()
    {
        byte[] Text(string s) => Encoding.UTF8.GetBytes(s);
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("a.pcap").Open();
            entry.Write(CaptureBuilder.Pcap().ToArray());
        }
        byte[] random = Packets.Bytes(300, 42);
        random[0] = 0x9C;
        return new TheoryData<string, byte[], string>
        {
            { "empty", [], "empty file" },
            { "json", Text("  {\"frames\": 12, \"error\": null}\n"), "JSON" },
            { "json array", Text("[1, 2, 3]"), "JSON" },
            { "html", Text("<!DOCTYPE html>\n<html><body>hi</body></html>"), "HTML" },
            { "text", Text("tcpdump: listening on eth0\nnothing here\n"), "plain text" },
            { "utf8 text", Text("Paket für Müller — ok\n"), "plain text" },
            { "gzip of text", CaptureBuilder.Gzip(Text("hello, world\n")), "gzip of a text file" },
            { "zstd of json", CaptureBuilder.Zstd(Text("{\"a\":1}")), "zstd of JSON" },
            { "gzip of nothing", EmptyGzipMember, "gzip of an empty file" },
            { "zip", zip.ToArray(), "ZIP archive" },
            { "pdf", Text("%PDF-1.7\n%âãÏÓ\n"), "PDF" },
            { "elf", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0], "ELF executable" },
            { "png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10], "PNG image" },
            { "short pcap", CaptureBuilder.Pcap().ToArray()[..10], "a pcap header cut short (10 bytes)" },
            { "short pcapng", CaptureBuilder.Pcapng().ToArray()[..20], "a pcapng header cut short (20 bytes)" },
            { "random", random, $"unknown binary (starts {Convert.ToHexString(random[..8]).ToLowerInvariant().Chunk(2).Select(c => new string(c)).Aggregate((x, y) => x + " " + y)} ...)" },
        };
    }

    [Theory]
    [MemberData(nameof(NotCaptures))]
    public void Refuses_what_is_not_a_capture_and_says_what_it_looked_like(string name, byte[] content, string lookedLike)
    {
        var refused = Assert.Throws<CaptureRefusedException>(() => CaptureReader.Open(new MemoryStream(content), name));

        Assert.Equal(lookedLike, refused.LookedLike);
        Assert.Contains(lookedLike, refused.Message);
        Assert.Contains(name, refused.Message);
    }

    [Fact]
    public void Opening_a_file_that_is_not_a_capture_releases_it()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pcapsearch-refusal-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "just some notes\n");
        try
        {
            var refused = Assert.Throws<CaptureRefusedException>(() => CaptureReader.Open(path));
            Assert.Equal("plain text", refused.LookedLike);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_broken_pcap_is_read_with_warnings_not_refused()
    {
        byte[] capture = CaptureBuilder.Pcap().Record(1, 0, Packets.Bytes(10, 1)).ToArray()[..30];

        var (packets, reader) = Packets.Read(capture);

        Assert.Empty(packets);
        Assert.Equal(CaptureFault.TruncatedRecord, Assert.Single(reader.Warnings).Fault);
    }
}

using System.Text;
using PcapSearch.Flows.Protocols;
using PcapSearch.Flows.Protocols.Ssh;
using PcapSearch.Flows.Tests.Corpus;
using PcapSearch.Flows.Tests.Protocols.Tls;
using PcapSearch.Testing;

namespace PcapSearch.Flows.Tests.Protocols.Ssh;

public class SshParserTests
{
    private static readonly FlowEndpoints Tcp = new(6, 50000, 22);

    private static byte[] KexInit(string kex, string enc, string mac, string cmp)
    {
        var payload = new List<byte> { 20 };
        payload.AddRange(new byte[16]);
        foreach (var list in new[] { kex, "ssh-ed25519", enc, enc + ",aes256-ctr", mac, mac + ",hmac-sha1", cmp, cmp, "", "" })
        {
            var bytes = Encoding.ASCII.GetBytes(list);
            payload.AddRange(new[] { (byte)(bytes.Length >> 24), (byte)(bytes.Length >> 16), (byte)(bytes.Length >> 8), (byte)bytes.Length });
            payload.AddRange(bytes);
        }
        payload.AddRange(new byte[5]);
        int padding = 8 - (payload.Count + 5) % 8 + 4;
        int packetLength = payload.Count + padding + 1;
        return [(byte)(packetLength >> 24), (byte)(packetLength >> 16), (byte)(packetLength >> 8), (byte)packetLength, (byte)padding, .. payload, .. new byte[padding]];
    }

    private static readonly byte[] ServerBanner = [.. "SSH-2.0-OpenSSH_9.6 Ubuntu-3\r\n"u8, .. KexInit("curve25519-sha256", "aes128-gcm@openssh.com", "hmac-sha2-256", "none")];
    private static readonly byte[] ClientBanner = [.. "SSH-2.0-PuTTY_Release_0.72\r\n"u8, .. KexInit("diffie-hellman-group14-sha1", "aes256-ctr", "hmac-sha1", "zlib")];

    [Fact]
    public void Versions_and_hassh_of_both_sides()
    {
        var parser = Assert.IsType<SshParser>(SshParser.Classify(ServerBanner, Tcp, fromSource: false));
        Assert.True(parser.Feed(ServerBanner, fromSource: false));
        Assert.False(parser.Feed(ClientBanner, fromSource: true));
        Assert.Equal("SSH-2.0-OpenSSH_9.6 Ubuntu-3", parser.ServerVersion);
        Assert.Equal("SSH-2.0-PuTTY_Release_0.72", parser.ClientVersion);
        Assert.Equal("diffie-hellman-group14-sha1;aes256-ctr;hmac-sha1;zlib", parser.ClientHasshAlgorithms);
        // HASSHServer takes the server-to-client lists.
        Assert.Equal("curve25519-sha256;aes128-gcm@openssh.com,aes256-ctr;hmac-sha2-256,hmac-sha1;none", parser.ServerHasshAlgorithms);
        Assert.Equal(Flows.Protocols.Tls.TlsHello.Md5Hex("diffie-hellman-group14-sha1;aes256-ctr;hmac-sha1;zlib"u8), parser.ClientHassh);
    }

    [Fact]
    public void Every_prefix_never_throws_and_a_split_at_every_point_gives_the_whole_result()
    {
        for (int n = 0; n <= ServerBanner.Length; n++)
        {
            var parser = new SshParser();
            parser.Feed(ServerBanner[..n], fromSource: false);
            if (n < 30) Assert.Null(parser.ServerVersion);
            parser.Feed(ServerBanner[n..], fromSource: false);
            Assert.Equal("SSH-2.0-OpenSSH_9.6 Ubuntu-3", parser.ServerVersion);
            Assert.Equal("curve25519-sha256;aes128-gcm@openssh.com,aes256-ctr;hmac-sha2-256,hmac-sha1;none", parser.ServerHasshAlgorithms);
            if (n >= 4) Assert.NotNull(SshParser.Classify(ServerBanner[..n], Tcp, false));
        }
    }

    [Fact]
    public void Lines_before_the_identification_are_skipped_up_to_the_cap()
    {
        byte[] banner = [.. "Welcome to the gateway\r\nAuthorised use only\r\n"u8, .. "SSH-2.0-Gateway_1.0\r\n"u8];
        var parser = Assert.IsType<SshParser>(SshParser.Classify(banner, Tcp, false));
        parser.Feed(banner, false);
        Assert.Equal("SSH-2.0-Gateway_1.0", parser.ServerVersion);

        foreach (var (lines, seen) in new[] { (SshParser.MaxPreludeBytes / 8, true), (SshParser.MaxPreludeBytes / 8 + 1, false) })
        {
            var p = new SshParser();
            for (int i = 0; i < lines; i++) p.Feed("motd...\n"u8, false); // 8 bytes a line
            p.Feed("SSH-2.0-Late_1.0\r\n"u8, false);
            Assert.Equal(seen, p.ServerVersion == "SSH-2.0-Late_1.0");
        }
    }

    [Fact]
    public void An_identification_line_longer_than_the_cap_is_given_up()
    {
        var parser = new SshParser();
        parser.Feed(Encoding.ASCII.GetBytes("SSH-2.0-" + new string('x', SshParser.MaxLineBytes)), false);
        parser.Feed("\r\n"u8, false);
        Assert.Null(parser.ServerVersion);
        Assert.Null(SshParser.Classify("GET / HTTP/1.1\r\n"u8, Tcp, true));
        Assert.Null(SshParser.Classify("SSH-2.0-x\r\n"u8, new FlowEndpoints(17, 1, 22), true));
    }

    /// <summary>
    /// Expected values from `tshark -r X -Y ssh.protocol -T fields -e ip.src -e tcp.srcport -e ssh.protocol`
    /// (TShark 4.x) on the Zeek corpus captures; client is the side with the ephemeral port.
    /// </summary>
    [Theory]
    [InlineData("zeek/ssh/reverse-ssh.pcap", "SSH-2.0-dropbear_2018.76", "SSH-2.0-AsyncSSH_2.8.1")]
    [InlineData("zeek/ssh/single-conn.pcap", "SSH-2.0-OpenSSH_3.8.1p1", "SSH-1.99-OpenSSH_3.9p1")]
    [InlineData("zeek/ssh/ssh_client_sends_first_enc_pkt_with_newkeys.pcap", "SSH-2.0-PuTTY_Release_0.72", "SSH-2.0-OpenSSH_7.6p1 Ubuntu-4ubuntu0.3")]
    [InlineData("zeek/ssh/ssh_kex_curve25519.pcap", "SSH-2.0-OpenSSH_7.4", "SSH-2.0-OpenSSH_7.5")]
    [InlineData("zeek/ssh/ssh_version_199.pcap", "SSH-1.99-Cisco-1.25", "SSH-2.0-Cisco-1.25")]
    public void Corpus_versions_agree_with_tshark(string capture, string client, string server)
    {
        var flows = EngineRun.Of(TestCorpus.PathOf(capture)).Flows;
        Assert.Contains(flows, f => f.Applications.OfType<SshParser>().FirstOrDefault() is { } ssh && ssh.ClientVersion == client && ssh.ServerVersion == server);
    }

    [Fact]
    public void Corpus_hassh_agrees_with_tshark()
    {
        // tshark -r ssh_kex_curve25519.pcap -T fields -e ssh.kex.hassh -e ssh.kex.hasshserver
        var flows = EngineRun.Of(TestCorpus.PathOf("zeek/ssh/ssh_kex_curve25519.pcap")).Flows;
        Assert.Contains(flows, f => f.Applications.OfType<SshParser>().FirstOrDefault() is { } ssh
            && ssh.ClientHassh == "0df0d56bb50c6b2426d8d40234bf1826" && ssh.ServerHassh == "a95c22bf8e9b19ed0a5dc74bb2f9c613");
    }
}

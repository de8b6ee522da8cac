namespace PcapSearch.Flows.Protocols;

/// <summary>
/// Every protocol parser that ships with PcapSearch, in classification order: by port and
/// content for DNS, by request line for HTTP, then TLS and SSH by content alone (after HTTP, so
/// that an HTTP CONNECT is HTTP and text lines before an SSH banner are not taken for SSH).
/// </summary>
internal static class BuiltInProtocols
{
    public static void Register(ProtocolRegistry registry)
    {
        Dns.DnsParser.Register(registry);
        Http.HttpParser.Register(registry);
        Tls.TlsParser.Register(registry);
        Ssh.SshParser.Register(registry);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.S3;
using Amazon.S3.Model;
using PcapSearch.Ingest.S3;
using PcapSearch.Testing;

namespace PcapSearch.Ingest.Tests;

/// <summary>
/// A real S3-compatible server: s3rver from npm (tests/tools, installed by deploy/setup/prerequisites.sh test),
/// started on 127.0.0.1 at a free port with a temp directory, stopped by its PID.
/// </summary>
public sealed class S3rverFixture : IDisposable
{
    public const string Bucket = "captures";

    private readonly Process? _server;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pcapsearch-s3rver-" + Guid.NewGuid().ToString("N"));

    public S3rverFixture()
    {
        string script = Path.Combine(TestCorpus.Root, "..", "tools", "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            SkipReason = "s3rver is not installed: run deploy/setup/prerequisites.sh test (npm ci --prefix tests/tools)";
            return;
        }
        Directory.CreateDirectory(_directory);
        int port = FreePort();
        // s3rver's continuation tokens use DES, which OpenSSL 3 keeps in its legacy provider.
        var start = new ProcessStartInfo("node", ["--openssl-legacy-provider", script, "--directory", _directory, "--address", "127.0.0.1", "--port", port.ToString(), "--silent", "--configure-bucket", Bucket])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            _server = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            SkipReason = "node could not be started: " + e.Message;
            return;
        }
        Endpoint = $"http://127.0.0.1:{port}";
        WaitUntilListening(port);
        Client = S3Clients.Create(Options(""));
    }

    public string? SkipReason { get; }

    public string Endpoint { get; } = "";

    public AmazonS3Client? Client { get; }

    public S3WatchOptions Options(string prefix, int pageSize = 1000) => new()
    {
        Bucket = Bucket,
        Prefix = prefix,
        Endpoint = Endpoint,
        AccessKey = "S3RVER",
        SecretKey = "S3RVER",
        PageSize = pageSize,
    };

    public Task PutAsync(string key, byte[] bytes) =>
        Client!.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, InputStream = new MemoryStream(bytes), UseChunkEncoding = false });

    public void Dispose()
    {
        Client?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit();
        }
        _server?.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (_server!.HasExited) throw new InvalidOperationException("s3rver exited at start: " + _server.StandardError.ReadToEnd());
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
        }
    }
}

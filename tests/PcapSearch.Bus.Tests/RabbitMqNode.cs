using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PcapSearch.Bus.Tests;

[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqNode>, ICollectionFixture<LargeCapture>
{
    public const string Name = "rabbitmq";
}

/// <summary>
/// A private RabbitMQ node from Debian's rabbitmq-server for the tests: its own node name, ports (AMQP,
/// distribution, epmd), data and log directories under a temp dir, loopback only. Started once for the
/// collection; stopped, with the epmd it started, by PID at the end.
/// </summary>
public sealed class RabbitMqNode : IDisposable
{
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-rabbitmq-").FullName;
    private readonly string _node = $"pcapsearch-test-{Environment.ProcessId}@localhost";
    private readonly int _amqpPort = FreePort();
    private readonly Dictionary<string, string> _environment;
    private readonly Process? _epmd;

    public RabbitMqNode()
    {
        if (!File.Exists(Path.Combine(Bin, "rabbitmq-server")))
        {
            SkipReason = "Debian's rabbitmq-server is not installed (deploy/setup/prerequisites.sh test installs it)";
            _environment = [];
            return;
        }
        int epmdPort = FreePort();
        _environment = new()
        {
            ["HOME"] = _directory, // its own Erlang cookie
            ["RABBITMQ_NODENAME"] = _node,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = _amqpPort.ToString(),
            ["RABBITMQ_DIST_PORT"] = FreePort().ToString(),
            ["ERL_EPMD_PORT"] = epmdPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_directory, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_directory, "enabled_plugins"),
        };
        WriteCookie();
        // Our own epmd in the foreground, so that it has a PID to stop; the node registers with it.
        _epmd = Start("/usr/bin/epmd", "-port", epmdPort.ToString(), "-address", "127.0.0.1");
        StartBroker();
    }

    /// <summary>
    /// The Erlang cookie the node and rabbitmqctl share, written before either starts: left to them, the detached node
    /// and the first rabbitmqctl could each make one at once, and the CLI was then refused ("Invalid challenge reply").
    /// Erlang reads it only when its owner alone may.
    /// </summary>
    private void WriteCookie()
    {
        string cookie = Path.Combine(_directory, ".erlang.cookie");
        File.WriteAllText(cookie, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(cookie, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>Why the tests cannot run here, or null.</summary>
    public string? SkipReason { get; }

    public string Url(string virtualHost) => $"amqp://guest:guest@127.0.0.1:{_amqpPort}/{virtualHost}";

    private string PidFile => Path.Combine(_directory, "mnesia", _node + ".pid");

    /// <summary>A fresh virtual host, so every test has its own queues.</summary>
    public string NewVirtualHost()
    {
        string name = "t" + Guid.NewGuid().ToString("N")[..12];
        Ctl("add_vhost", name);
        Ctl("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
        return name;
    }

    /// <summary>Messages ready in each queue of the virtual host.</summary>
    public Dictionary<string, long> QueueDepths(string virtualHost) =>
        Rows("list_queues", virtualHost, "name", "messages").ToDictionary(columns => columns[0], columns => long.Parse(columns[1]));

    /// <summary>The durable exchanges, queues and bindings of the virtual host (what outlives a restart), one line each, as <see cref="Definitions"/> writes them.</summary>
    public SortedSet<string> DurableTopology(string virtualHost)
    {
        var topology = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows("list_exchanges", virtualHost, "name", "type", "durable", "auto_delete"))
            if (row[0].Length > 0 && !row[0].StartsWith("amq.", StringComparison.Ordinal) && row[2] == "true" && row[3] == "false")
                topology.Add($"exchange {row[0]} {row[1]}");
        var queues = new HashSet<string>();
        foreach (var row in Rows("list_queues", virtualHost, "name", "durable", "auto_delete"))
            if (row[1] == "true" && row[2] == "false" && queues.Add(row[0])) topology.Add($"queue {row[0]}");
        foreach (var row in Rows("list_bindings", virtualHost, "source_name", "destination_name", "destination_kind"))
            if (row[0].Length > 0 && (row[2] == "exchange" ? topology.Contains($"exchange {row[1]} fanout") : queues.Contains(row[1])))
                topology.Add($"binding {row[0]} -> {row[2]} {row[1]}");
        return topology;
    }

    /// <summary>A RabbitMQ definitions file (rabbitmqctl import_definitions) as <see cref="DurableTopology"/> lines.</summary>
    public static SortedSet<string> Definitions(string path)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var topology = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var exchange in root.GetProperty("exchanges").EnumerateArray())
            topology.Add($"exchange {exchange.GetProperty("name").GetString()} {exchange.GetProperty("type").GetString()}");
        foreach (var queue in root.GetProperty("queues").EnumerateArray())
            topology.Add($"queue {queue.GetProperty("name").GetString()}");
        foreach (var binding in root.GetProperty("bindings").EnumerateArray())
            topology.Add($"binding {binding.GetProperty("source").GetString()} -> {binding.GetProperty("destination_type").GetString()} {binding.GetProperty("destination").GetString()}");
        return topology;
    }

    private IEnumerable<string[]> Rows(string command, string virtualHost, params string[] columns) =>
        Ctl([command, "-p", virtualHost, "--quiet", "--no-table-headers", .. columns])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'));

    /// <summary>Stops the whole node (its queues are on disk) and starts it again on the same ports and data.</summary>
    public void Restart()
    {
        StopBroker();
        StartBroker();
    }

    private void StartBroker()
    {
        using (var server = Start(Path.Combine(Bin, "rabbitmq-server"), "-detached"))
        {
            server.WaitForExit();
        }
        Ctl("wait", PidFile, "--timeout", ((int)StartTimeout.TotalSeconds).ToString());
    }

    private void StopBroker()
    {
        if (!File.Exists(PidFile)) return;
        int pid = int.Parse(File.ReadAllText(PidFile).Trim());
        try
        {
            Ctl("stop", PidFile);
        }
        finally
        {
            StopProcess(pid);
            File.Delete(PidFile);
        }
    }

    private string Ctl(params string[] arguments)
    {
        using var ctl = Start(Path.Combine(Bin, "rabbitmqctl"), ["-n", _node, .. arguments]);
        var stderr = ctl.StandardError.ReadToEndAsync();
        string stdout = ctl.StandardOutput.ReadToEnd();
        if (!ctl.WaitForExit(StartTimeout)) ctl.Kill();
        if (ctl.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} exited {ctl.ExitCode}: {stdout}{stderr.Result}\nlog: {Path.Combine(_directory, "log")}");
        return stdout;
    }

    private Process Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in _environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    /// <summary>Waits for a process we started to end; kills it by its PID when it does not.</summary>
    private static void StopProcess(int pid)
    {
        Process process;
        try
        {
            process = Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return;
        }
        using (process)
        {
            if (!process.WaitForExit(TimeSpan.FromSeconds(20))) process.Kill();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (SkipReason == null) StopBroker();
        }
        finally
        {
            if (_epmd != null)
            {
                if (!_epmd.HasExited) _epmd.Kill();
                _epmd.WaitForExit();
                _epmd.Dispose();
            }
            Directory.Delete(_directory, recursive: true);
        }
    }
}

using System.CommandLine;
using PcapSearch.Cli.LiveCapture;
using PcapSearch.Flows.Engine;
using SharpPcap;
using SharpPcap.LibPcap;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch capture -i IFACE [--filter BPF] [--rotate 100MB|60s] [--watch DIR]`: live capture through libpcap
/// (SharpPcap) into rotating pcapng files in the watched folder, each written as NAME.part and renamed when
/// complete. Stops on Ctrl+C (or after --stop-after), completing the file it was writing.
/// </summary>
public static class CaptureVerb
{
    private const int SnapLength = 262_144;
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromMilliseconds(250);

    public static Command Create()
    {
        var iface = new Option<string>("--interface", "-i") { Description = "Interface to capture on (e.g. eth0, lo).", Required = true };
        var filter = new Option<string?>("--filter") { Description = "Capture filter in tcpdump syntax (e.g. \"not port 22\")." };
        var rotate = new Option<string>("--rotate") { Description = "Start the next file after a size (100MB, 1GB), a time (60s, 5m, 1h) or both (100MB,60s).", DefaultValueFactory = _ => "100MB" };
        var watch = new Option<DirectoryInfo>("--watch") { Description = "Folder the files go to: the folder serve or watch takes captures from (default: $PCAPSEARCH_WATCH, else DATA/watch)." };
        var stopAfter = new Option<string?>("--stop-after") { Description = "Stop after this long (30s, 5m); default: until Ctrl+C." };
        var data = DataDirectory.Option();
        var command = new Command("capture", "Capture live traffic into rotating pcapng files in the watched folder.") { iface, filter, rotate, watch, stopAfter, data };
        command.SetAction(parse => Run(parse.GetValue(iface)!, parse.GetValue(filter), parse.GetValue(rotate)!,
            parse.GetValue(watch) ?? DataDirectory.WatchOf(parse.GetValue(data)!), parse.GetValue(stopAfter)));
        return command;
    }


    private static int Run(string interfaceName, string? filter, string rotateText, DirectoryInfo watch, string? stopAfterText)
    {
        RotationPolicy policy;
        TimeSpan? stopAfter;
        try
        {
            policy = RotationPolicy.Parse(rotateText);
            stopAfter = stopAfterText == null ? null : RotationPolicy.ParseDuration(stopAfterText);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"pcapsearch capture: {e.Message}");
            return ExitCodes.Refused;
        }

        if (filter != null && EngineArguments.FilterError(new EngineOptions { Filter = filter }) is { } filterError)
        {
            Console.Error.WriteLine($"pcapsearch capture: {filterError}");
            return ExitCodes.Refused;
        }
        if (FindDevice(interfaceName) is not { } device) return ExitCodes.Refused;
        using (device)
        {
            try
            {
                device.Open(new DeviceConfiguration { Mode = DeviceModes.Promiscuous, Snaplen = SnapLength, ReadTimeout = (int)ReadTimeout.TotalMilliseconds });
                if (filter != null) device.Filter = filter;
            }
            catch (PcapException e)
            {
                Console.Error.WriteLine($"pcapsearch capture: cannot capture on {interfaceName}: {e.Message} (live capture needs root or CAP_NET_RAW)");
                return ExitCodes.Failed;
            }
            return Capture(device, interfaceName, watch.FullName, policy, stopAfter);
        }
    }

    private static LibPcapLiveDevice? FindDevice(string name)
    {
        var devices = LibPcapLiveDeviceList.New();
        if (devices.FirstOrDefault(d => d.Name == name) is { } device) return device;
        Console.Error.WriteLine($"pcapsearch capture: no interface \"{name}\"; there are: {string.Join(", ", devices.Select(d => d.Name))}");
        return null;
    }

    private static int Capture(LibPcapLiveDevice device, string interfaceName, string watch, RotationPolicy policy, TimeSpan? stopAfter)
    {
        using var stop = stopAfter is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        long packets = 0;
        using (var files = new RotatingCaptureFiles(watch, interfaceName, (ushort)device.LinkType, SnapLength, policy, TimeProvider.System))
        {
            files.Start();
            Console.Error.WriteLine($"Capturing on {interfaceName} into {watch} (rotating at {policy.Describe()}); Ctrl+C stops.");
            while (!stop.IsCancellationRequested)
            {
                switch (device.GetNextPacket(out PacketCapture capture))
                {
                    case GetPacketStatus.PacketRead:
                        var timeval = capture.Header.Timeval;
                        long microseconds = checked((long)timeval.Seconds * 1_000_000 + (long)timeval.MicroSeconds);
                        int originalLength = capture.Header is PcapHeader header ? (int)header.PacketLength : capture.Data.Length;
                        files.Write(microseconds, capture.Data, originalLength);
                        packets++;
                        break;
                    case GetPacketStatus.ReadTimeout:
                        files.RotateIfDue();
                        break;
                    case GetPacketStatus.Error:
                        Console.Error.WriteLine($"pcapsearch capture: {device.LastError}");
                        stop.Cancel();
                        break;
                    case GetPacketStatus.NoRemainingPackets:
                        stop.Cancel();
                        break;
                }
            }
            Console.CancelKeyPress -= onCancel;
            files.Dispose();
            Console.Error.WriteLine($"{packets} packets in {files.Completed.Count} files: {string.Join(", ", files.Completed.Select(Path.GetFileName))}");
        }
        return ExitCodes.Ok;
    }
}

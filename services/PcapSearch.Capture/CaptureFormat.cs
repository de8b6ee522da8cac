namespace PcapSearch.Capture;

internal enum CaptureFormat : byte
{
    Pcap,
    Pcapng,
}

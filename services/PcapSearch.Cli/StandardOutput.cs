using Microsoft.Win32.SafeHandles;

namespace PcapSearch.Cli;

/// <summary>
/// Standard output as a stream that reports a reader going away: .NET's console stream ignores
/// EPIPE, so `pcapsearch flows big.pcap | head` would read the whole capture for nobody.
/// </summary>
public static class StandardOutput
{
    private const int BrokenPipe = 32; // EPIPE on Linux and macOS

    public static Stream Open() =>
        OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    /// <summary>Whether writing failed because the reading end of the pipe was closed (the user's `head` had enough).</summary>
    public static bool IsClosedByReader(Exception e)
    {
        for (Exception? cause = e; cause != null; cause = cause.InnerException)
        {
            if (cause is IOException { HResult: BrokenPipe }) return true;
        }
        return false;
    }
}

using Microsoft.Win32.SafeHandles;

namespace PcapSearch.Cli;

/// <summary>
/// Standard output as a stream that reports a reader going away: .NET's console stream ignores
/// EPIPE, so `pcapsearch flows big.pcap | head` would read the whole capture for nobody.
/// </summary>
public static class StandardOutput
{
    private const int BrokenPipe = 32; // EPIPE on Linux and macOS

    /// <summary>
    /// A pipe is opened as a file stream, which reports EPIPE. Anything seekable (a file, perhaps shared
    /// with stderr through 2>&amp;1) stays the console stream, which appends where the descriptor is
    /// instead of writing at a position of its own.
    /// </summary>
    public static Stream Open()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
        var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!stream.CanSeek) return stream;
        stream.Dispose();
        return Console.OpenStandardOutput();
    }

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

namespace PcapSearch.Capture;

/// <summary>What went wrong at a place in a capture that was otherwise readable.</summary>
public enum CaptureFault
{
    /// <summary>The file ends inside a record or block.</summary>
    TruncatedRecord,
    /// <summary>A record's captured length exceeds the snap length or the reader's cap.</summary>
    CapturedLengthTooLarge,
    /// <summary>A pcapng block length is below the minimum, unaligned, or disagrees with its trailer.</summary>
    BadBlockLength,
    /// <summary>A pcapng packet names an interface no IDB declared.</summary>
    UnknownInterface,
    /// <summary>A block or header holds a value the format does not allow.</summary>
    MalformedBlock,
    /// <summary>The reader skipped bytes to find the next plausible record.</summary>
    Resynchronised,
    /// <summary>The compressed stream is corrupt or ends early.</summary>
    CompressionError,
}

/// <summary>A problem the reader got past; <see cref="Offset"/> is the byte offset in the uncompressed capture.</summary>
public sealed record CaptureWarning(long Offset, CaptureFault Fault, string Detail)
{
    public override string ToString() => $"offset {Offset}: {Fault}: {Detail}";
}

/// <summary>The input is not a capture this reader understands; <see cref="Message"/> says what it looked like.</summary>
public sealed class CaptureRefusedException(string message) : Exception(message)
{
    public CaptureRefusedException(string name, string lookedLike)
        : this($"{name}: not a packet capture ({lookedLike})")
    {
        LookedLike = lookedLike;
    }

    /// <summary>What the input looked like in plain words ("JSON", "gzip of a text file", "empty file").</summary>
    public string? LookedLike { get; }
}

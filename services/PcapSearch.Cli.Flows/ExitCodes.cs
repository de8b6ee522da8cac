namespace PcapSearch.Cli;

public static class ExitCodes
{
    /// <summary>Done; warnings about corrupt input may have been printed.</summary>
    public const int Ok = 0;
    /// <summary>An unexpected failure.</summary>
    public const int Failed = 1;
    /// <summary>Input refused: not a capture, a bad filter or a bad argument (one the parser refuses included).</summary>
    public const int Refused = 2;
    /// <summary>The thing asked for (a host's address) is in no stored flow.</summary>
    public const int NotFound = 3;
}

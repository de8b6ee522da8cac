namespace PcapSearch.Enrichment;

/// <summary>An enrichment data file that was named but cannot be used: missing, unreadable, or not of its format. The message is one line naming the file.</summary>
public sealed class EnrichmentDataException(string message, Exception? inner = null) : Exception(message, inner);

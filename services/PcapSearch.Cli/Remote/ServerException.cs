namespace PcapSearch.Cli.Remote;

/// <summary>The server given with --server could not be reached or did not answer (not a refusal of the query: that is a <see cref="Store.FlowQueryException"/>).</summary>
public sealed class ServerException(string message, Exception? inner = null) : Exception(message, inner);

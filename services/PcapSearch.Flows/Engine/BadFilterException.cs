namespace PcapSearch.Flows.Engine;

/// <summary>The capture filter is not valid tcpdump syntax, or not for the capture's link type.</summary>
public sealed class BadFilterException(string message, Exception inner) : Exception(message, inner);

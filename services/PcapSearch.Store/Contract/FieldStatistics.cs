namespace PcapSearch.Store;

/// <param name="Count">Matching flows that have the field.</param>
/// <param name="Distinct">Distinct values among them (exact on the embedded store; Elasticsearch's cardinality is approximate above 3,000).</param>
/// <param name="Min">Smallest value for numbers and dates (dates as ISO 8601 UTC); null for other types or when no flow has the field.</param>
public sealed record FieldStatistics(string Field, long Count, long Distinct, object? Min, object? Max);

public sealed record FlowFieldStatistics(long Total, IReadOnlyList<FieldStatistics> Fields, IReadOnlyList<string> Warnings);

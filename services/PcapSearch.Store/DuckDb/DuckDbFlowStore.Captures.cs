using System.Text.Json;
using DuckDB.NET.Data;

namespace PcapSearch.Store.DuckDb;

/// <summary>The capture catalog: one row per capture, the record kept whole as JSON beside the columns it is looked up and ordered by.</summary>
public sealed partial class DuckDbFlowStore
{
    private const string CapturesTable = "captures";

    private static readonly JsonSerializerOptions RecordJson = new(JsonSerializerDefaults.Web);

    private void CreateCaptureTable() =>
        Execute(_writer, $"CREATE TABLE IF NOT EXISTS {CapturesTable} (id VARCHAR PRIMARY KEY, received VARCHAR NOT NULL, record VARCHAR NOT NULL)");

    public void UpsertCapture(CaptureRecord capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        lock (_writeLock)
        {
            using var command = _writer.CreateCommand();
            command.CommandText = $"INSERT OR REPLACE INTO {CapturesTable} VALUES ($1, $2, $3)";
            command.Parameters.Add(new DuckDBParameter(capture.Id));
            command.Parameters.Add(new DuckDBParameter(capture.Received));
            command.Parameters.Add(new DuckDBParameter(JsonSerializer.Serialize(capture, RecordJson)));
            command.ExecuteNonQuery();
        }
    }

    public CaptureRecord? Capture(string captureId)
    {
        ArgumentNullException.ThrowIfNull(captureId);
        return ReadCaptures("WHERE id = $1", captureId).FirstOrDefault();
    }

    public IReadOnlyList<CaptureRecord> Captures() => ReadCaptures("ORDER BY received DESC, id");

    private List<CaptureRecord> ReadCaptures(string clause, params object[] parameters)
    {
        using var connection = OpenReader();
        using var command = Command(connection, $"SELECT record FROM {CapturesTable} {clause}", parameters);
        using var reader = command.ExecuteReader();
        var records = new List<CaptureRecord>();
        while (reader.Read()) records.Add(JsonSerializer.Deserialize<CaptureRecord>(reader.GetString(0), RecordJson)!);
        return records;
    }

    private void DeleteCaptureRecord(string captureId)
    {
        using var command = _writer.CreateCommand();
        command.CommandText = $"DELETE FROM {CapturesTable} WHERE id = $1";
        command.Parameters.Add(new DuckDBParameter(captureId));
        command.ExecuteNonQuery();
    }
}

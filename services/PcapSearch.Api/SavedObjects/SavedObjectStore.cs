using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PcapSearch.Api.SavedObjects;

/// <summary>
/// Saved searches and dashboards in their own SQLite file in the data directory. SQLite rather than the flow
/// store's DuckDB: these are a few small rows edited one at a time (row-level transactions are SQLite's job,
/// DuckDB is columnar and admits one writing process per file), and a file of their own means rebuilding or
/// deleting the flow index, or moving it to Elasticsearch, never touches an analyst's work.
/// </summary>
public sealed class SavedObjectStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _clock;

    public SavedObjectStore(string path, TimeProvider clock)
    {
        _clock = clock;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS saved_objects (
                id TEXT PRIMARY KEY,
                type TEXT NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                created TEXT NOT NULL,
                updated TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS saved_objects_type ON saved_objects (type, title);
            """);
    }

    /// <summary>Every object of the type (or of every type), by title.</summary>
    public IReadOnlyList<SavedObject> List(SavedObjectType? type)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, type, title, body, created, updated FROM saved_objects WHERE $type IS NULL OR type = $type ORDER BY title, id";
        command.Parameters.AddWithValue("$type", type is { } t ? Word(t) : DBNull.Value);
        return Read(command);
    }

    public SavedObject? Get(string id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, type, title, body, created, updated FROM saved_objects WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return Read(command).FirstOrDefault();
    }

    public SavedObject Create(SavedObjectInput input)
    {
        string now = Now();
        var saved = new SavedObject(Guid.NewGuid().ToString("N"), input.Type, input.Title, input.Body.Clone(), now, now);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO saved_objects (id, type, title, body, created, updated) VALUES ($id, $type, $title, $body, $created, $updated)";
        Bind(command, saved);
        command.ExecuteNonQuery();
        return saved;
    }

    /// <summary>Replaces the type, title and body; null when there is no such object.</summary>
    public SavedObject? Update(string id, SavedObjectInput input)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT id, type, title, body, created, updated FROM saved_objects WHERE id = $id";
        read.Parameters.AddWithValue("$id", id);
        if (Read(read).FirstOrDefault() is not { } old) return null;
        var saved = old with { Type = input.Type, Title = input.Title, Body = input.Body.Clone(), Updated = Now() };
        using var write = connection.CreateCommand();
        write.CommandText = "UPDATE saved_objects SET type = $type, title = $title, body = $body, updated = $updated, created = $created WHERE id = $id";
        Bind(write, saved);
        write.ExecuteNonQuery();
        transaction.Commit();
        return saved;
    }

    public bool Delete(string id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM saved_objects WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() == 1;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, SavedObject saved)
    {
        command.Parameters.AddWithValue("$id", saved.Id);
        command.Parameters.AddWithValue("$type", Word(saved.Type));
        command.Parameters.AddWithValue("$title", saved.Title);
        command.Parameters.AddWithValue("$body", saved.Body.GetRawText());
        command.Parameters.AddWithValue("$created", saved.Created);
        command.Parameters.AddWithValue("$updated", saved.Updated);
    }

    private static List<SavedObject> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var objects = new List<SavedObject>();
        while (reader.Read())
        {
            using var body = JsonDocument.Parse(reader.GetString(3));
            objects.Add(new SavedObject(reader.GetString(0), Enum.Parse<SavedObjectType>(reader.GetString(1), ignoreCase: true), reader.GetString(2),
                body.RootElement.Clone(), reader.GetString(4), reader.GetString(5)));
        }
        return objects;
    }

    private static string Word(SavedObjectType type) => type.ToString().ToLowerInvariant();

    private string Now() => _clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}

using DuckDB.NET.Data;
using DuckDB.NET.Native;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Tests;

/// <summary>The table function the writers insert through: rows come chunk by chunk from its filler, a failure comes back whole.</summary>
public sealed unsafe class FlowRowsFunctionTests : IDisposable
{
    private static readonly FlowTableColumn[] Numbers = [new("n", "BIGINT", ColumnSource.Field, 0)];
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-rows-function-").FullName;

    [Fact]
    public void Rows_filled_chunk_by_chunk_are_read_in_order_until_an_empty_chunk()
    {
        using var connection = Open();
        using var function = new FlowRowsFunction(connection, Numbers);
        long next = 0;
        int[] sizes = [2048, 5, 0];
        int call = 0;
        function.Fill = chunk => Fill(chunk, sizes[call++], ref next);
        Assert.Equal("2053 2106378", Scalar(connection, $"SELECT count(*) || ' ' || sum(n) FROM {function.Name}()"));
        Assert.Equal(3, call);
    }

    [Fact]
    public void Two_writers_functions_on_one_database_keep_their_own_rows()
    {
        using var first = Open();
        using var second = Open();
        using var one = new FlowRowsFunction(first, Numbers);
        using var other = new FlowRowsFunction(second, Numbers);
        Assert.NotEqual(one.Name, other.Name);
        long a = 0, b = 100;
        bool oneDone = false, otherDone = false;
        one.Fill = chunk => Fill(chunk, oneDone ? 0 : 3, ref a, () => oneDone = true);
        other.Fill = chunk => Fill(chunk, otherDone ? 0 : 2, ref b, () => otherDone = true);
        Assert.Equal("3", Scalar(first, $"SELECT sum(n) FROM {one.Name}()"));
        Assert.Equal("201", Scalar(second, $"SELECT sum(n) FROM {other.Name}()"));
    }

    [Fact]
    public void A_failure_while_filling_fails_the_statement_and_is_rethrown_as_it_was()
    {
        using var connection = Open();
        using var function = new FlowRowsFunction(connection, Numbers);
        function.Fill = _ => throw new InvalidDataException("a field holds no number");
        var failure = Assert.Throws<DuckDBException>(() => Scalar(connection, $"SELECT count(*) FROM {function.Name}()"));
        Assert.Contains("a field holds no number", failure.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(function.Rethrow);
        function.Rethrow(); // once only
    }

    private static void Fill(DuckDBDataChunk chunk, int rows, ref long next, Action? done = null)
    {
        var data = (long*)NativeMethods.Vectors.DuckDBVectorGetData(NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, 0));
        for (int i = 0; i < rows; i++) data[i] = next++;
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(chunk, (ulong)rows);
        done?.Invoke();
    }

    private DuckDBConnection Open()
    {
        var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = Path.Combine(_directory, "rows.duckdb") }.ToString());
        connection.Open();
        return connection;
    }

    private static string Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

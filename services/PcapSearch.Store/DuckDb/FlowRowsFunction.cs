using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DuckDB.NET.Native;
using DuckDBConnection = DuckDB.NET.Data.DuckDBConnection;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// A table function registered on one writer's connection whose rows <see cref="Fill"/> writes a data chunk at a time:
/// <c>INSERT INTO flow_rows SELECT * FROM</c> <see cref="Name"/><c>()</c> takes each chunk straight into the table's
/// storage. DuckDB's appender would first copy every chunk into a buffer of its own and insert from there: that copy
/// (every text twice more) was ~7% of the load's CPU. A failure inside <see cref="Fill"/> fails the statement and is
/// rethrown by <see cref="Rethrow"/>.
/// </summary>
internal sealed unsafe class FlowRowsFunction : IDisposable
{
    private static int _registered;
    private readonly IReadOnlyList<FlowTableColumn> _columns;
    private GCHandle _self;
    private Exception? _failure;

    public FlowRowsFunction(DuckDBConnection connection, IReadOnlyList<FlowTableColumn> columns)
    {
        _columns = columns;
        // Functions land in the database's catalog, which every connection to it shares: one name per writer.
        Name = "pcapsearch_flow_rows_" + Interlocked.Increment(ref _registered);
        _self = GCHandle.Alloc(this);
        var function = NativeMethods.TableFunction.DuckDBCreateTableFunction();
        try
        {
            NativeMethods.TableFunction.DuckDBTableFunctionSetName(function, Name);
            NativeMethods.TableFunction.DuckDBTableFunctionSetExtraInfo(function, GCHandle.ToIntPtr(_self), null);
            NativeMethods.TableFunction.DuckDBTableFunctionSetBind(function, &Bind);
            NativeMethods.TableFunction.DuckDBTableFunctionSetInit(function, &Init);
            NativeMethods.TableFunction.DuckDBTableFunctionSetFunction(function, &Produce);
            if (NativeMethods.TableFunction.DuckDBRegisterTableFunction(connection.NativeConnection, function) == DuckDBState.Error)
            {
                throw new InvalidOperationException($"DuckDB refused the table function {Name}.");
            }
        }
        finally
        {
            NativeMethods.TableFunction.DuckDBDestroyTableFunction(ref function);
        }
    }

    public string Name { get; }

    /// <summary>Writes the next rows into the chunk and sets its size; a size of 0 ends the rows. Set while a statement reads the function.</summary>
    public Action<DuckDBDataChunk>? Fill { get; set; }

    /// <summary>Throws the failure of <see cref="Fill"/> that failed the last statement, if one did (DuckDB reports only its message).</summary>
    public void Rethrow()
    {
        var failure = Interlocked.Exchange(ref _failure, null);
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    private static FlowRowsFunction From(IntPtr extraInfo) => (FlowRowsFunction)GCHandle.FromIntPtr(extraInfo).Target!;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Bind(IntPtr info)
    {
        var self = From(NativeMethods.TableFunction.DuckDBBindGetExtraInfo(info));
        try
        {
            foreach (var column in self._columns)
            {
                using var type = LogicalType(column.SqlType);
                NativeMethods.TableFunction.DuckDBBindAddResultColumn(info, column.Name, type);
            }
        }
        catch (Exception e)
        {
            self._failure = e;
            NativeMethods.TableFunction.DuckDBBindSetError(info, e.Message);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Init(IntPtr info)
    {
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Produce(IntPtr info, IntPtr output)
    {
        var self = From(NativeMethods.TableFunction.DuckDBFunctionGetExtraInfo(info));
        var chunk = new DuckDBDataChunk(output);
        try
        {
            if (self.Fill is { } fill) fill(chunk);
            else NativeMethods.DataChunks.DuckDBDataChunkSetSize(chunk, 0);
        }
        catch (Exception e)
        {
            self._failure = e;
            NativeMethods.TableFunction.DuckDBFunctionSetError(info, e.Message);
        }
        finally
        {
            chunk.SetHandleAsInvalid(); // DuckDB's chunk: not this handle's to destroy
        }
    }

    /// <summary>The DuckDB type of a stored column's SQL type (<see cref="FlowTable.StoredColumns"/> uses these only).</summary>
    private static DuckDBLogicalType LogicalType(string sqlType)
    {
        if (sqlType.EndsWith("[]", StringComparison.Ordinal))
        {
            using var child = LogicalType(sqlType[..^2]);
            return NativeMethods.LogicalType.DuckDBCreateListType(child);
        }
        return NativeMethods.LogicalType.DuckDBCreateLogicalType(sqlType switch
        {
            "UTINYINT" => DuckDBType.UnsignedTinyInt,
            "BIGINT" => DuckDBType.BigInt,
            "UHUGEINT" => DuckDBType.UnsignedHugeInt,
            "VARCHAR" => DuckDBType.Varchar,
            _ => throw new ArgumentOutOfRangeException(nameof(sqlType), sqlType, "Not a type of the flow table's stored columns."),
        });
    }

    /// <summary>Frees the handle the function's callbacks find this by; the caller closes the connection first.</summary>
    public void Dispose()
    {
        if (_self.IsAllocated) _self.Free();
    }
}

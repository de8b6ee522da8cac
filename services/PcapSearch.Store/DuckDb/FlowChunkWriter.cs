using System.Runtime.InteropServices;
using System.Text;
using DuckDB.NET.Native;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Documents;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// Writes <see cref="DocumentRows"/> into a DuckDB data chunk shaped like <see cref="FlowTable.StoredColumns"/>, each
/// column's values straight into the chunk's vectors through DuckDB's C API (numbers into the vector's memory, texts
/// with one call each, lists into the list's child vector). DuckDB.NET's row appender costs ~0.15 µs per value in
/// managed dispatch and allocates for lists; this writes a whole column in one loop. One per writer thread.
/// </summary>
internal sealed unsafe class FlowChunkWriter(FlowCatalog catalog)
{
    /// <summary>Rows per data chunk: DuckDB's vector size.</summary>
    public const int ChunkRows = 2048;

    /// <summary>The longest text DuckDB keeps inside its <c>duckdb_string_t</c> instead of pointing at it.</summary>
    private const int InlinedLength = 12;

    private readonly FlowTableColumn[] _columns = FlowTable.StoredColumns(catalog);
    private byte[] _utf8 = new byte[256];

    /// <summary>The stored columns, in the chunk's order.</summary>
    public IReadOnlyList<FlowTableColumn> Columns => _columns;

    /// <summary>Writes the rows (at most <see cref="ChunkRows"/>) into <paramref name="chunk"/>, with <paramref name="batch"/> as every row's <see cref="FlowTable.BatchColumn"/>.</summary>
    public void Write(DocumentRows rows, DuckDBDataChunk chunk, long batch)
    {
        if (rows.Count > ChunkRows) throw new ArgumentOutOfRangeException(nameof(rows), rows.Count, $"At most {ChunkRows} rows per chunk.");
        for (int index = 0; index < _columns.Length; index++)
        {
            var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, index);
            var column = _columns[index];
            int field = column.Field;
            switch (column.Source)
            {
                case ColumnSource.Field when rows.Fields[field].Type == FieldType.Ip:
                    if (rows.Fields[field].Multi) Lists(vector, rows, field, (child, row, first) => Copy(rows.Addresses(field, row), (UInt128*)child + first));
                    else Addresses(vector, rows, field);
                    break;
                case ColumnSource.Field when rows.Fields[field].Type is FieldType.Long or FieldType.Date:
                    if (rows.Fields[field].Multi) Lists(vector, rows, field, (child, row, first) => Copy(rows.Numbers(field, row), (long*)child + first));
                    else Numbers(vector, rows, field);
                    break;
                case ColumnSource.Field or ColumnSource.FieldText:
                    if (rows.Fields[field].Multi) TextLists(vector, rows, field);
                    else Texts(vector, rows, field);
                    break;
                case ColumnSource.TcpFlagBits:
                    FlagBits(vector, rows, field);
                    break;
                case ColumnSource.Digits:
                    var digits = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
                    for (int row = 0; row < rows.Count; row++) digits[row] = rows.Digits(row);
                    break;
                case ColumnSource.Batch:
                    new Span<long>((long*)NativeMethods.Vectors.DuckDBVectorGetData(vector), rows.Count).Fill(batch);
                    break;
            }
        }
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(chunk, (ulong)rows.Count);
    }

    /// <summary>A TCP flags field's names as their bits; NULL when the row has none.</summary>
    private static void FlagBits(IntPtr vector, DocumentRows rows, int field)
    {
        var validity = Validity(vector);
        var data = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        for (int row = 0; row < rows.Count; row++)
        {
            var names = rows.Texts(field, row);
            if (names.IsEmpty)
            {
                SetNull(validity, row);
                continue;
            }
            byte bits = 0;
            foreach (string name in names) bits |= FlagBitsByName[name];
            data[row] = bits;
        }
    }

    private static readonly Dictionary<string, byte> FlagBitsByName =
        FlowTable.FlagsInNameOrder().ToDictionary(f => f.Name, f => (byte)f.Flag, StringComparer.Ordinal);

    private void Texts(IntPtr vector, DocumentRows rows, int field)
    {
        var validity = Validity(vector);
        var strings = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        for (int row = 0; row < rows.Count; row++)
        {
            var values = rows.Texts(field, row);
            if (values.IsEmpty) SetNull(validity, row);
            else Assign(vector, strings, row, values[0]);
        }
    }

    private void TextLists(IntPtr vector, DocumentRows rows, int field)
    {
        Lists(vector, rows, field, fill: null);
        var child = NativeMethods.Vectors.DuckDBListVectorGetChild(vector);
        var strings = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(child);
        int index = 0;
        for (int row = 0; row < rows.Count; row++)
        {
            foreach (string text in rows.Texts(field, row)) Assign(child, strings, index++, text);
        }
    }

    private static void Numbers(IntPtr vector, DocumentRows rows, int field)
    {
        var validity = Validity(vector);
        var data = (long*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        for (int row = 0; row < rows.Count; row++)
        {
            var values = rows.Numbers(field, row);
            if (values.IsEmpty) SetNull(validity, row);
            else data[row] = values[0];
        }
    }

    private static void Addresses(IntPtr vector, DocumentRows rows, int field)
    {
        var validity = Validity(vector);
        var data = (UInt128*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        for (int row = 0; row < rows.Count; row++)
        {
            var values = rows.Addresses(field, row);
            if (values.IsEmpty) SetNull(validity, row);
            else data[row] = values[0];
        }
    }

    private delegate void FillList(IntPtr childData, int row, int first);

    /// <summary>
    /// Writes a list column's entries (an empty list is NULL, as the document lacks the field) and sizes its child
    /// vector; <paramref name="fill"/> copies a row's values into the child's memory (null: the caller fills the child).
    /// </summary>
    private static void Lists(IntPtr vector, DocumentRows rows, int field, FillList? fill)
    {
        var validity = Validity(vector);
        var entries = (ListEntry*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        int total = 0;
        for (int row = 0; row < rows.Count; row++)
        {
            int count = rows.Length(field, row);
            entries[row] = new ListEntry((ulong)total, (ulong)count);
            if (count == 0) SetNull(validity, row);
            total += count;
        }
        Check(NativeMethods.Vectors.DuckDBListVectorReserve(vector, (ulong)total));
        Check(NativeMethods.Vectors.DuckDBListVectorSetSize(vector, (ulong)total));
        if (fill is not null)
        {
            var child = (IntPtr)NativeMethods.Vectors.DuckDBVectorGetData(NativeMethods.Vectors.DuckDBListVectorGetChild(vector));
            for (int row = 0; row < rows.Count; row++) fill(child, row, (int)entries[row].Offset);
        }
    }

    private static void Copy<T>(ReadOnlySpan<T> values, T* destination) where T : unmanaged =>
        values.CopyTo(new Span<T>(destination, values.Length));

    /// <summary>
    /// Sets a text of a VARCHAR vector whose values (<c>duckdb_string_t</c>, 16 bytes each) start at <paramref name="strings"/>.
    /// A text of up to 12 bytes is written into its value as DuckDB inlines it (length, then the bytes, zero-padded), with
    /// no call into DuckDB; a longer one is copied into the vector's own memory by DuckDB.
    /// </summary>
    private void Assign(IntPtr vector, byte* strings, int row, string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < max) _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        int length = Encoding.UTF8.GetBytes(text, _utf8);
        if (length <= InlinedLength)
        {
            var value = new Span<byte>(strings + row * 16, 16);
            value.Clear();
            MemoryMarshal.Write(value, (uint)length);
            _utf8.AsSpan(0, length).CopyTo(value[4..]);
            return;
        }
        fixed (byte* utf8 = _utf8)
        {
            // Encoding.UTF8 writes valid UTF-8 (a lone surrogate becomes U+FFFD), so DuckDB's check is skipped.
            NativeMethods.Vectors.DuckDBUnsafeVectorAssignStringElementLength(vector, (ulong)row, utf8, length);
        }
    }

    private static ulong* Validity(IntPtr vector)
    {
        NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
        return NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
    }

    private static void SetNull(ulong* validity, int row) => validity[row >> 6] &= ~(1UL << (row & 63));

    private static void Check(DuckDBState state)
    {
        if (state == DuckDBState.Error) throw new InvalidOperationException("DuckDB could not size a list vector.");
    }

    /// <summary>duckdb_list_entry.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct ListEntry(ulong Offset, ulong Length);
}

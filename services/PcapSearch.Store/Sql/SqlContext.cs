using PcapSearch.Query;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Sql;

/// <summary>
/// One translation in progress: the catalog, the clock for date math, and the parameters and warnings so far.
/// Values only ever enter the SQL as <c>$n</c> parameters; the SQL text holds catalog column names and operators.
/// </summary>
public sealed class SqlContext(FlowCatalog catalog, DateTimeOffset now)
{
    private readonly List<object> _parameters = [];
    private readonly List<string> _warnings = [];

    public FlowCatalog Catalog { get; } = catalog;
    public DateTimeOffset Now { get; } = now;
    public IReadOnlyList<object> Parameters => _parameters;
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Adds a parameter; returns its placeholder (128-bit addresses are cast, as DuckDB.NET binds them as text).</summary>
    public string Parameter(object value)
    {
        _parameters.Add(value);
        string placeholder = "$" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return value is UInt128 ? $"CAST({placeholder} AS UHUGEINT)" : placeholder;
    }

    public void Warn(string warning)
    {
        if (!_warnings.Contains(warning)) _warnings.Add(warning);
    }

    public static string Quote(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A condition on each value of a field: direct for single-valued fields, any element for lists.</summary>
    public static string Any(FlowField field, Func<string, string> condition, string? column = null)
    {
        string quoted = Quote(column ?? field.Column);
        return field.Multi ? $"len(list_filter({quoted}, x -> {condition("x")})) > 0" : condition(quoted);
    }

    public string Translate(KqlNode node, KqlField? prefix = null) => node switch
    {
        KqlMatchAll => "TRUE",
        KqlOr or => BooleanSql.Or(this, or, prefix),
        KqlAnd and => BooleanSql.And(this, and, prefix),
        KqlNot not => BooleanSql.Not(this, not, prefix),
        KqlNested nested => NestedSql.Translate(this, nested, prefix),
        KqlMatch match => MatchSql.Translate(this, match, prefix),
        KqlRange range => RangeSql.Translate(this, range, prefix),
        KqlExists exists => ExistsSql.Translate(this, exists, prefix),
        _ => throw new FlowQueryException($"Unsupported query node {node.GetType().Name}."),
    };

    public static string AnyOf(IEnumerable<string> conditions)
    {
        var list = conditions.ToList();
        return list.Count switch
        {
            0 => "FALSE",
            1 => list[0],
            _ => "(" + string.Join(" OR ", list) + ")",
        };
    }
}

using PcapSearch.Query;

namespace PcapSearch.Store.Sql;

/// <summary><c>or</c>, <c>and</c>, <c>not</c>. SQL's NULL would make <c>not field:x</c> drop flows without the field,
/// which Kibana keeps, so a negated condition is first made two-valued.</summary>
internal static class BooleanSql
{
    public static string Or(SqlContext context, KqlOr or, KqlField? prefix) =>
        "(" + string.Join(" OR ", or.Children.Select(c => context.Translate(c, prefix))) + ")";

    public static string And(SqlContext context, KqlAnd and, KqlField? prefix) =>
        "(" + string.Join(" AND ", and.Children.Select(c => context.Translate(c, prefix))) + ")";

    public static string Not(SqlContext context, KqlNot not, KqlField? prefix) =>
        "(NOT coalesce(" + context.Translate(not.Child, prefix) + ", FALSE))";
}

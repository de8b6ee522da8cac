using System.Text;
using PcapSearch.Query;

namespace PcapSearch.Store.Sql;

/// <summary>KQL wildcard values as SQL LIKE patterns (with <c>ESCAPE '\'</c>): <c>*</c> becomes <c>%</c>, <c>?</c> becomes
/// <c>_</c> (one character: DuckDB counts Unicode code points), and LIKE's own <c>%</c>, <c>_</c> and the escape character
/// are escaped, so they match themselves.</summary>
public static class LikePattern
{
    public const string EscapeClause = "ESCAPE '\\'";

    public static string From(KqlPattern pattern) =>
        pattern.Render(Escape, w => w == KqlWildcard.AnyString ? "%" : "_");

    /// <summary>Case-insensitive containment of a literal text: <c>%text%</c>.</summary>
    public static string Containing(string text)
    {
        return "%" + Escape(text) + "%";
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '%' or '_') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}

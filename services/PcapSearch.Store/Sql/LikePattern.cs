using System.Text;

namespace PcapSearch.Store.Sql;

/// <summary>KQL wildcard values as SQL LIKE patterns (with <c>ESCAPE '\'</c>): <c>*</c> becomes <c>%</c>, and LIKE's own
/// <c>%</c>, <c>_</c> and the escape character are escaped, so they match themselves.</summary>
public static class LikePattern
{
    public const string EscapeClause = "ESCAPE '\\'";

    public static string FromSegments(IReadOnlyList<string> segments)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < segments.Count; i++)
        {
            if (i > 0) sb.Append('%');
            Escape(sb, segments[i]);
        }
        return sb.ToString();
    }

    /// <summary>Case-insensitive containment of a literal text: <c>%text%</c>.</summary>
    public static string Containing(string text)
    {
        var sb = new StringBuilder("%");
        Escape(sb, text);
        return sb.Append('%').ToString();
    }

    private static void Escape(StringBuilder sb, string text)
    {
        foreach (char c in text)
        {
            if (c is '\\' or '%' or '_') sb.Append('\\');
            sb.Append(c);
        }
    }
}

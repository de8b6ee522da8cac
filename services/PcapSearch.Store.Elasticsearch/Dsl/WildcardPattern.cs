using System.Text;

namespace PcapSearch.Store.Elasticsearch.Dsl;

/// <summary>KQL wildcard values as <c>wildcard</c> query patterns: <c>*</c> between segments, and the pattern's own
/// <c>*</c>, <c>?</c> and <c>\</c> escaped inside a segment, so they match themselves.</summary>
public static class WildcardPattern
{
    public static string FromSegments(IEnumerable<string> segments) => string.Join('*', segments.Select(Escape));

    /// <summary>Containment of a literal text: <c>*text*</c>.</summary>
    public static string Containing(string text) => "*" + Escape(text) + "*";

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '?') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}

using System.Text;
using PcapSearch.Query;

namespace PcapSearch.Store.Elasticsearch.Dsl;

/// <summary>KQL wildcard values as <c>wildcard</c> query patterns, which share KQL's wildcards (<c>*</c> any run,
/// <c>?</c> one character); the pattern's own <c>*</c>, <c>?</c> and <c>\</c> are escaped inside a segment, so they match
/// themselves.</summary>
public static class WildcardPattern
{
    public static string From(KqlPattern pattern) => pattern.Render(Escape, KqlPattern.Symbol);

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

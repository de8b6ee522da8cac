using System.Text;

namespace PcapSearch.Query;

/// <summary>Character classes and escaping shared by the parser and the printer.</summary>
internal static class KqlText
{
    /// <summary>KQL's whitespace: space, tab, CR, LF and no-break space (the grammar's <c>Space</c>).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u00A0';

    /// <summary>
    /// Characters that end an unquoted literal unless escaped with a backslash; the wildcards <c>*</c> and <c>?</c> are
    /// among them (Kibana's grammar has no <c>?</c>: it is ours, for single-character wildcards).
    /// </summary>
    public static bool IsSpecial(char c) => c is '\\' or '(' or ')' or ':' or '<' or '>' or '"' or '*' or '?' or '{' or '}';

    public static bool IsWildcard(char c) => c is '*' or '?';

    /// <summary>
    /// Whitespace as JavaScript's <c>String.prototype.trim</c> sees it; Kibana trims unquoted literals with it.
    /// </summary>
    public static bool IsJsWhite(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\uFEFF' or '\u2028' or '\u2029' => true,
        _ => c > 127 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator,
    };

    public static string TrimJsStart(string s)
    {
        int i = 0;
        while (i < s.Length && IsJsWhite(s[i])) i++;
        return i == 0 ? s : s[i..];
    }

    public static string TrimJsEnd(string s)
    {
        int i = s.Length;
        while (i > 0 && IsJsWhite(s[i - 1])) i--;
        return i == s.Length ? s : s[..i];
    }

    /// <summary>ASCII case-insensitive comparison of <paramref name="word"/> (lower case) at <paramref name="at"/>.</summary>
    public static bool WordAt(ReadOnlySpan<char> s, int at, string word)
    {
        if (at < 0 || at + word.Length > s.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            if ((s[at + i] | 0x20) != word[i]) return false;
        }
        return true;
    }

    /// <summary>
    /// Writes text so that the unquoted-literal rule reads it back unchanged: specials are escaped,
    /// tab/CR/LF/no-break space become escapes, and the keywords <c>or</c>/<c>and</c>/<c>not</c> are
    /// defused wherever the grammar would see a keyword (including at the end, where an operator may follow).
    /// </summary>
    public static void WriteUnquoted(StringBuilder sb, string text)
    {
        ReadOnlySpan<char> s = text;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '\t': sb.Append("\\t"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\u00A0': sb.Append("\\u00A0"); continue;
            }
            if (IsSpecial(c))
            {
                sb.Append('\\').Append(c);
                continue;
            }
            bool prevSpace = i > 0 && s[i - 1] == ' ';
            if (prevSpace && WordAt(s, i, "or") && (i + 2 == s.Length || s[i + 2] == ' '))
            {
                sb.Append('\\').Append(s.Slice(i, 2));
                i += 1;
                continue;
            }
            if (prevSpace && WordAt(s, i, "and") && (i + 3 == s.Length || s[i + 3] == ' '))
            {
                sb.Append('\\').Append(s.Slice(i, 3));
                i += 2;
                continue;
            }
            if (WordAt(s, i, "not") && (i + 3 == s.Length || s[i + 3] == ' '))
            {
                // "\Not" is an escaped keyword, but "\not" reads as an escaped newline followed by "ot" (as in
                // Kibana), so a lower-case n is written as a Unicode escape instead.
                if (c == 'n')
                {
                    sb.Append("\\u006E");
                }
                else
                {
                    sb.Append('\\').Append(s.Slice(i, 3));
                    i += 2;
                }
                continue;
            }
            sb.Append(c);
        }
    }

    public static void WriteQuoted(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\n': sb.Append("\\n"); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }
}

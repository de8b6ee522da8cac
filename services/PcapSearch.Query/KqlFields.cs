namespace PcapSearch.Query;

/// <summary>The fields a query names, so a caller can warn about fields no document has (as Kibana does).</summary>
public static class KqlFields
{
    /// <summary>
    /// Every field or field pattern the query names, once each, in order of appearance, with nested groups resolved
    /// (<c>user:{ name:x }</c> names <c>user.name</c>). Bare values name no field. Patterns keep their wildcards
    /// (<see cref="KqlField.HasWildcard"/>).
    /// </summary>
    public static IReadOnlyList<KqlField> Of(KqlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var fields = new List<KqlField>();
        var seen = new HashSet<KqlField>();
        Collect(node, null, fields, seen);
        return fields;
    }

    private static void Collect(KqlNode node, KqlField? prefix, List<KqlField> fields, HashSet<KqlField> seen)
    {
        switch (node)
        {
            case KqlOr or:
                foreach (var child in or.Children) Collect(child, prefix, fields, seen);
                break;
            case KqlAnd and:
                foreach (var child in and.Children) Collect(child, prefix, fields, seen);
                break;
            case KqlNot not:
                Collect(not.Child, prefix, fields, seen);
                break;
            case KqlMatch { Field: { } field }:
                Add(field);
                break;
            case KqlExists exists:
                Add(exists.Field);
                break;
            case KqlRange range:
                Add(range.Field);
                break;
            case KqlNested nested:
                Collect(nested.Query, prefix is null ? nested.Path : prefix.Append(nested.Path), fields, seen);
                break;
        }

        void Add(KqlField field)
        {
            var full = prefix is null ? field : prefix.Append(field);
            if (seen.Add(full)) fields.Add(full);
        }
    }
}

using System.Text.RegularExpressions;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Sql;

/// <summary>
/// Which catalog fields a KQL field names: an ECS name, a pattern (<c>source.*</c>, <c>source.?p</c>), or one of the Arkime
/// shorthands that match either side: <c>ip</c>, <c>port</c>, <c>mac</c>, and <c>host</c> (an address or CIDR:
/// either IP; otherwise the host names: DNS question, URL domain, TLS SNI). A field no document has
/// resolves to nothing, with a warning.
/// </summary>
public static class FieldResolver
{
    private static readonly string[] HostNameFields = ["dns.question.name", "url.domain", "tls.client.server_name"];

    /// <summary>True when the field (with the nested prefix) means "every field", like a bare value: <c>*:x</c>.</summary>
    public static bool IsAllFields(KqlField? field, KqlField? prefix) => prefix is null && field is null or { IsLoneWildcard: true };

    public static IReadOnlyList<FlowField> Resolve(SqlContext context, KqlField field, KqlField? prefix, KqlValue? value) =>
        Resolve(context.Catalog, context.Warn, field, prefix, value);

    /// <summary>The same resolution for any translator: <paramref name="warn"/> receives the warning of a field no document has.</summary>
    public static IReadOnlyList<FlowField> Resolve(FlowCatalog catalog, Action<string> warn, KqlField field, KqlField? prefix, KqlValue? value)
    {
        var full = prefix is null ? field : prefix.Append(field);
        if (full.HasWildcard)
        {
            string regex = full.Pattern.Render(Regex.Escape, w => w == KqlWildcard.AnyString ? ".*" : ".");
            var pattern = new Regex("^" + regex + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
            var matched = catalog.Fields.Where(f => pattern.IsMatch(f.Name)).ToList();
            if (matched.Count == 0) warn($"No field matches the pattern '{full.Name}': that part of the query matches nothing.");
            return matched;
        }

        string name = full.Name;
        if (catalog.Find(name) is { } known) return [known];

        string[]? names = name switch
        {
            "ip" => ["source.ip", "destination.ip"],
            "port" => ["source.port", "destination.port"],
            "mac" => ["source.mac", "destination.mac"],
            "host" => value is not null && !value.HasWildcard && IpValue.TryParseRange(value.Text, out _, out _)
                ? ["source.ip", "destination.ip"]
                : HostNameFields,
            _ => null,
        };
        if (names is not null) return names.Select(n => catalog.Find(n)).OfType<FlowField>().ToList();

        warn($"The field '{name}' does not exist in any flow document: that part of the query matches nothing.");
        return [];
    }
}

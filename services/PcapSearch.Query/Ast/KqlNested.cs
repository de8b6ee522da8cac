using System.Text;

namespace PcapSearch.Query;

/// <summary>
/// <c>path:{ query }</c>: every field in <see cref="Query"/> is relative to <see cref="Path"/> (<c>user:{ name:x }</c>
/// addresses <c>user.name</c>), and on a nested-typed field all conditions must hold in the same nested object.
/// </summary>
public sealed record KqlNested : KqlNode
{
    public KqlNested(KqlField path, KqlNode query)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(query);
        Path = path;
        Query = query;
    }

    public KqlField Path { get; }

    public KqlNode Query { get; }

    internal override void Write(StringBuilder sb)
    {
        Path.Write(sb);
        sb.Append(":{ ");
        Query.Write(sb);
        sb.Append(" }");
    }
}

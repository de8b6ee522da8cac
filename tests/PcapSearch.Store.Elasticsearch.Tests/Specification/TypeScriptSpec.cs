namespace PcapSearch.Store.Elasticsearch.Tests.Specification;

/// <summary>A type expression of the specification's TypeScript output.</summary>
public abstract record TsType;

public sealed record TsNamed(string Name, IReadOnlyList<TsType> Arguments) : TsType;

public sealed record TsLiteral(string Text) : TsType;

public sealed record TsUnion(IReadOnlyList<TsType> Members) : TsType;

public sealed record TsIntersection(IReadOnlyList<TsType> Parts) : TsType;

public sealed record TsArray(TsType Item) : TsType;

public sealed record TsProperty(TsType Type, bool Optional);

public sealed record TsObject(IReadOnlyDictionary<string, TsProperty> Properties, IReadOnlyList<TsType> IndexSignatures) : TsType;

/// <summary>An <c>export interface</c> or <c>export type</c>: type parameters with their defaults, the interfaces it extends, its body.</summary>
public sealed record TsDeclaration(string Name, IReadOnlyList<(string Name, TsType? Default)> Parameters, IReadOnlyList<TsNamed> Extends, TsType Body, bool IsInterface);

/// <summary>
/// The declarations of output/typescript/types.ts of elastic/elasticsearch-specification (see README.md here):
/// the whole Elasticsearch request and response specification as TypeScript interfaces and type aliases.
/// A small parser for the subset that generated file uses (interfaces, aliases, unions, intersections, arrays,
/// generics, object literals with index signatures, string and number literals).
/// </summary>
public sealed class TypeScriptSpec
{
    private static readonly Lazy<TypeScriptSpec> Loaded = new(() => Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specification", "types.ts"))));

    private readonly List<string> _tokens;
    private int _at;

    private TypeScriptSpec(List<string> tokens) => _tokens = tokens;

    public static TypeScriptSpec Instance => Loaded.Value;

    public Dictionary<string, TsDeclaration> Declarations { get; } = new(StringComparer.Ordinal);

    public TsDeclaration this[string name] => Declarations.TryGetValue(name, out var d) ? d : throw new KeyNotFoundException($"The specification declares no type '{name}'.");

    public static TypeScriptSpec Parse(string text)
    {
        var spec = new TypeScriptSpec(Tokenize(text));
        while (spec._at < spec._tokens.Count)
        {
            var declaration = spec.Declaration();
            spec.Declarations[declaration.Name] = declaration;
        }
        return spec;
    }

    private TsDeclaration Declaration()
    {
        Expect("export");
        string kind = Next();
        string name = Next();
        var parameters = new List<(string, TsType?)>();
        if (Peek("<"))
        {
            Next();
            while (!Peek(">"))
            {
                string parameter = Next();
                if (Peek("extends")) { Next(); Type(); }
                TsType? fallback = null;
                if (Peek("=")) { Next(); fallback = Type(); }
                parameters.Add((parameter, fallback));
                if (Peek(",")) Next();
            }
            Expect(">");
        }
        if (kind == "interface")
        {
            var extends = new List<TsNamed>();
            if (Peek("extends"))
            {
                Next();
                do extends.Add((TsNamed)Primary());
                while (Peek(",") && Next() == ",");
            }
            return new TsDeclaration(name, parameters, extends, Object(), IsInterface: true);
        }
        if (kind != "type") throw new FormatException($"Unexpected '{kind}' after export.");
        Expect("=");
        return new TsDeclaration(name, parameters, [], Type(), IsInterface: false);
    }

    private TsType Type()
    {
        if (Peek("|")) Next();
        var members = new List<TsType> { Intersection() };
        while (Peek("|"))
        {
            Next();
            members.Add(Intersection());
        }
        return members.Count == 1 ? members[0] : new TsUnion(members);
    }

    private TsType Intersection()
    {
        var parts = new List<TsType> { Postfix() };
        while (Peek("&"))
        {
            Next();
            parts.Add(Postfix());
        }
        return parts.Count == 1 ? parts[0] : new TsIntersection(parts);
    }

    private TsType Postfix()
    {
        var type = Primary();
        while (Peek("[") && _at + 1 < _tokens.Count && _tokens[_at + 1] == "]")
        {
            _at += 2;
            type = new TsArray(type);
        }
        return type;
    }

    private TsType Primary()
    {
        if (Peek("("))
        {
            Next();
            var inner = Type();
            Expect(")");
            return inner;
        }
        if (Peek("{")) return Object();
        string token = Next();
        if (token[0] is '\'' or '"' || token[0] == '-' || char.IsAsciiDigit(token[0])) return new TsLiteral(token.Trim('\'', '"'));
        var arguments = new List<TsType>();
        if (Peek("<"))
        {
            Next();
            while (!Peek(">"))
            {
                arguments.Add(Type());
                if (Peek(",")) Next();
            }
            Expect(">");
        }
        return new TsNamed(token, arguments);
    }

    private TsObject Object()
    {
        Expect("{");
        var properties = new Dictionary<string, TsProperty>(StringComparer.Ordinal);
        var indexes = new List<TsType>();
        while (!Peek("}"))
        {
            if (Peek("["))
            {
                Next();
                Next();
                Expect(":");
                Type();
                Expect("]");
                Expect(":");
                indexes.Add(Type());
            }
            else
            {
                string name = Next().Trim('\'', '"');
                bool optional = Peek("?");
                if (optional) Next();
                Expect(":");
                properties[name] = new TsProperty(Type(), optional);
            }
            if (Peek(";") || Peek(",")) Next();
        }
        Expect("}");
        return new TsObject(properties, indexes);
    }

    private bool Peek(string token) => _at < _tokens.Count && _tokens[_at] == token;

    private string Next() => _at < _tokens.Count ? _tokens[_at++] : throw new FormatException("Unexpected end of types.ts.");

    private void Expect(string token)
    {
        string found = Next();
        if (found != token) throw new FormatException($"Expected '{token}' but found '{found}' (token {_at}: {string.Join(' ', _tokens.Skip(Math.Max(0, _at - 8)).Take(12))}).");
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
                continue;
            }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                int end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
                continue;
            }
            int start = i;
            if (c is '\'' or '"')
            {
                i++;
                while (i < text.Length && text[i] != c) i += text[i] == '\\' ? 2 : 1;
                i++;
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '$' || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$' or '.')) i++;
            }
            else
            {
                i++;
            }
            tokens.Add(text[start..i]);
        }
        return tokens;
    }
}

using System.Text.Json;

namespace PcapSearch.Store.Elasticsearch.Tests.Specification;

/// <summary>
/// Checks a JSON body against a type of the specification, strictly: every property must be declared by the type
/// (or match an index signature), required properties must be there, literals and primitive kinds must agree, and a
/// union is satisfied by any one member. The errors name the JSON path. This is how the request bodies the adapter
/// builds, and the answers its readers are tested with, are held to the official specification without a server.
/// </summary>
public sealed class SpecValidator(TypeScriptSpec spec)
{
    private sealed record Shape(Dictionary<string, TsProperty> Properties, List<(TsType Type, Env Env)> Indexes, Dictionary<string, Env> PropertyEnv);

    private sealed class Env(Dictionary<string, TsType> bindings, Env? outer)
    {
        public static readonly Env Empty = new([], null);

        public bool TryGet(string name, out TsType type, out Env scope)
        {
            for (var e = this; e is not null; e = e.Outer)
            {
                if (e.Bindings.TryGetValue(name, out type!)) { scope = e.Outer ?? Empty; return true; }
            }
            type = null!;
            scope = Empty;
            return false;
        }

        public Dictionary<string, TsType> Bindings { get; } = bindings;
        public Env? Outer { get; } = outer;
    }

    public static SpecValidator Default { get; } = new(TypeScriptSpec.Instance);

    /// <summary>Errors of <paramref name="value"/> against the named type (empty: it conforms).</summary>
    public IReadOnlyList<string> Validate(JsonElement value, string typeName) => Validate(value, new TsNamed(typeName, []));

    public IReadOnlyList<string> Validate(JsonElement value, TsType type)
    {
        var errors = new List<string>();
        Check(value, type, Env.Empty, "$", errors);
        return errors;
    }

    /// <summary>The type of a request's body: the <c>body</c> member of the request interface (e.g. SearchRequest).</summary>
    public TsType RequestBody(string requestName) => Members(requestName)["body"].Type;

    /// <summary>Every member of an interface, its inherited ones included (for a request: path parts, query parameters and body).</summary>
    public IReadOnlyDictionary<string, TsProperty> Members(string interfaceName)
    {
        var shape = new Shape(new(StringComparer.Ordinal), [], new(StringComparer.Ordinal));
        if (!TryShape(new TsNamed(interfaceName, []), Env.Empty, shape, partial: false)) throw new ArgumentException($"{interfaceName} is no interface.");
        return shape.Properties;
    }

    private void Check(JsonElement value, TsType type, Env env, string path, List<string> errors)
    {
        switch (type)
        {
            case TsLiteral literal:
                if (!LiteralMatches(value, literal.Text)) errors.Add($"{path}: expected {literal.Text}, found {Show(value)}");
                return;
            case TsArray array:
                if (value.ValueKind != JsonValueKind.Array) { errors.Add($"{path}: expected an array, found {Show(value)}"); return; }
                int i = 0;
                foreach (var item in value.EnumerateArray()) Check(item, array.Item, env, $"{path}[{i++}]", errors);
                return;
            case TsUnion union:
                List<string>? best = null;
                foreach (var member in union.Members)
                {
                    var attempt = new List<string>();
                    Check(value, member, env, path, attempt);
                    if (attempt.Count == 0) return;
                    if (best is null || Depth(attempt) > Depth(best)) best = attempt;
                }
                errors.Add($"{path}: matches no member of the union; nearest: {string.Join("; ", best!.Take(3))}");
                return;
            case TsNamed named when IsPrimitive(named, env, value, out bool ok):
                if (!ok) errors.Add($"{path}: expected {named.Name}, found {Show(value)}");
                return;
            case TsNamed named when env.TryGet(named.Name, out var bound, out var scope):
                Check(value, bound, scope, path, errors);
                return;
            case TsNamed { Name: var name } named when spec.Declarations.TryGetValue(name, out var declaration) && !declaration.IsInterface:
                Check(value, declaration.Body, Bind(declaration, named.Arguments, env), path, errors);
                return;
        }
        var shape = new Shape(new(StringComparer.Ordinal), [], new(StringComparer.Ordinal));
        if (!TryShape(type, env, shape, partial: false))
        {
            errors.Add($"{path}: cannot check against {type}");
            return;
        }
        if (value.ValueKind != JsonValueKind.Object) { errors.Add($"{path}: expected an object, found {Show(value)}"); return; }
        foreach (var property in value.EnumerateObject())
        {
            string at = $"{path}.{property.Name}";
            if (shape.Properties.TryGetValue(property.Name, out var declared))
            {
                Check(property.Value, declared.Type, shape.PropertyEnv[property.Name], at, errors);
            }
            else if (shape.Indexes.Count > 0)
            {
                var attempts = shape.Indexes.Select(ix => { var e = new List<string>(); Check(property.Value, ix.Type, ix.Env, at, e); return e; }).ToList();
                if (attempts.All(a => a.Count > 0)) errors.AddRange(attempts.OrderBy(a => a.Count).First());
            }
            else
            {
                errors.Add($"{at}: the specification declares no property '{property.Name}' here (known: {string.Join(", ", shape.Properties.Keys.Order().Take(40))})");
            }
        }
        foreach (var (name, property) in shape.Properties)
        {
            if (!property.Optional && !value.TryGetProperty(name, out _)) errors.Add($"{path}: the required property '{name}' is missing");
        }
    }

    /// <summary>Collects the properties and index signatures of an object-like type; false when the type is not one.</summary>
    private bool TryShape(TsType type, Env env, Shape shape, bool partial)
    {
        switch (type)
        {
            case TsObject obj:
                foreach (var (name, property) in obj.Properties)
                {
                    shape.Properties[name] = partial ? property with { Optional = true } : property;
                    shape.PropertyEnv[name] = env;
                }
                shape.Indexes.AddRange(obj.IndexSignatures.Select(t => (t, env)));
                return true;
            case TsIntersection intersection:
                return intersection.Parts.All(p => TryShape(p, env, shape, partial));
            case TsNamed { Name: "Record" } record:
                shape.Indexes.Add((record.Arguments[1], env));
                return true;
            case TsNamed { Name: "Partial" } wrapper:
                return TryShape(wrapper.Arguments[0], env, shape, partial: true);
            case TsNamed named when env.TryGet(named.Name, out var bound, out var scope):
                return TryShape(bound, scope, shape, partial);
            case TsNamed named when spec.Declarations.TryGetValue(named.Name, out var declaration):
                var inner = Bind(declaration, named.Arguments, env);
                foreach (var parent in declaration.Extends)
                {
                    if (!TryShape(parent, inner, shape, partial)) return false;
                }
                return TryShape(declaration.Body, inner, shape, partial);
            default:
                return false;
        }
    }

    private static Env Bind(TsDeclaration declaration, IReadOnlyList<TsType> arguments, Env env)
    {
        if (declaration.Parameters.Count == 0) return Env.Empty;
        var bindings = new Dictionary<string, TsType>(StringComparer.Ordinal);
        for (int i = 0; i < declaration.Parameters.Count; i++)
        {
            var (name, fallback) = declaration.Parameters[i];
            bindings[name] = i < arguments.Count ? arguments[i] : fallback ?? new TsNamed("unknown", []);
        }
        // Arguments are types of the caller's scope: bind them there.
        return new Env(bindings, env);
    }

    private static bool IsPrimitive(TsNamed type, Env env, JsonElement value, out bool ok)
    {
        ok = type.Name switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            "true" => value.ValueKind == JsonValueKind.True,
            "false" => value.ValueKind == JsonValueKind.False,
            "any" or "unknown" or "object" => true,
            "never" or "void" or "undefined" => false,
            _ => true,
        };
        return type.Name is "string" or "number" or "boolean" or "null" or "true" or "false" or "any" or "unknown" or "object" or "never" or "void" or "undefined"
               && !env.TryGet(type.Name, out _, out _);
    }

    private static bool LiteralMatches(JsonElement value, string literal) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() == literal,
        JsonValueKind.Number => value.GetRawText() == literal,
        _ => false,
    };

    private static int Depth(List<string> errors) => errors.Max(e => e.Count(c => c is '.' or '['));

    private static string Show(JsonElement value)
    {
        string text = value.GetRawText();
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}

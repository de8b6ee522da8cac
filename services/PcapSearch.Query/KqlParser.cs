using System.Text;

namespace PcapSearch.Query;

/// <summary>
/// KQL as Kibana 8 parses it (kbn-es-query's kuery grammar), written as a recursive-descent parser that follows the
/// grammar rule by rule, including its ordered choices and lookaheads, so that every query Kibana accepts reads the same
/// here and every query it refuses is refused with the same expectations. See docs/kql.md.
/// </summary>
public static class KqlParser
{
    /// <summary>How deeply parentheses, value lists and nested groups may nest.</summary>
    public const int MaxDepth = 128;

    /// <summary>Parses a query. An empty or whitespace-only query is <see cref="KqlMatchAll"/>.</summary>
    /// <exception cref="KqlSyntaxException">the query is not valid KQL.</exception>
    public static KqlNode Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        int words = (query.Length + 1 + 63) / 64;
        Span<ulong> tried = words <= 32 ? stackalloc ulong[32] : new ulong[words];
        tried.Clear();
        var parser = new Parser(query, tried);
        return parser.Run();
    }

    /// <summary>Parses a query, returning false with the error instead of throwing.</summary>
    public static bool TryParse(string query, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KqlNode? node, out KqlSyntaxException? error)
    {
        try
        {
            node = Parse(query);
            error = null;
            return true;
        }
        catch (KqlSyntaxException e)
        {
            node = null;
            error = e;
            return false;
        }
    }

    /// <summary>Canonical KQL for a node; <c>Parse(ToKql(node))</c> equals <paramref name="node"/>.</summary>
    public static string ToKql(KqlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToKql();
    }

    [Flags]
    private enum Expect
    {
        None = 0,
        LParen = 1 << 0,
        RParen = 1 << 1,
        Colon = 1 << 2,
        Lt = 1 << 3,
        Lte = 1 << 4,
        Gt = 1 << 5,
        Gte = 1 << 6,
        LBrace = 1 << 7,
        RBrace = 1 << 8,
        And = 1 << 9,
        Not = 1 << 10,
        Or = 1 << 11,
        EndOfInput = 1 << 12,
        FieldName = 1 << 13,
        Literal = 1 << 14,
        Value = 1 << 15,
        Whitespace = 1 << 16,
    }

    // In Kibana's order: JavaScript's default sort of the descriptions, which is ordinal.
    private static readonly (Expect Flag, string Text)[] Descriptions =
        new (Expect, string)[]
        {
            (Expect.LParen, "\"(\""), (Expect.RParen, "\")\""), (Expect.Colon, "\":\""), (Expect.Lt, "\"<\""),
            (Expect.Lte, "\"<=\""), (Expect.Gt, "\">\""), (Expect.Gte, "\">=\""), (Expect.LBrace, "\"{\""),
            (Expect.RBrace, "\"}\""), (Expect.And, "AND"), (Expect.Not, "NOT"), (Expect.Or, "OR"),
            (Expect.EndOfInput, "end of input"), (Expect.FieldName, "field name"), (Expect.Literal, "literal"),
            (Expect.Value, "value"), (Expect.Whitespace, "whitespace"),
        }.OrderBy(d => d.Item2, StringComparer.Ordinal).ToArray();

    private ref struct Parser
    {
        private readonly string _source;
        private readonly ReadOnlySpan<char> _s;
        private readonly Span<ulong> _spaceTried;
        private int _pos;
        private int _maxFailPos;
        private Expect _expected;
        private int _silent;
        private int _depth;
        private StringBuilder? _sb;
        private List<string>? _segments;
        private List<KqlWildcard>? _wildcards;

        // The literal most recently read (the same text is tried as field, range field and value at one position).
        private int _litStart;
        private int _litEnd;
        private KqlValue? _lit;

        public Parser(string source, Span<ulong> spaceTried)
        {
            _source = source;
            _s = source;
            _spaceTried = spaceTried;
            _litStart = -1;
        }

        public KqlNode Run()
        {
            SpaceStar();
            KqlNode? query = OrQuery();
            SpaceStar();
            if (_pos < _s.Length)
            {
                Fail(Expect.EndOfInput, _pos);
                throw Error();
            }
            return query ?? KqlMatchAll.Instance;
        }

        private readonly KqlSyntaxException Error()
        {
            var expected = new List<string>();
            foreach (var (flag, text) in Descriptions)
            {
                if ((_expected & flag) != 0) expected.Add(text);
            }
            string? found = _maxFailPos < _s.Length ? _s[_maxFailPos].ToString() : null;
            return new KqlSyntaxException(_source, _maxFailPos, expected, found);
        }

        // Records an expectation at a position, as peggy does: only the furthest position counts,
        // and nothing is recorded inside a named rule (or a lookahead).
        private void Fail(Expect what, int at)
        {
            if (_silent > 0 || at < _maxFailPos) return;
            if (at > _maxFailPos)
            {
                _maxFailPos = at;
                _expected = what;
            }
            else
            {
                _expected |= what;
            }
        }

        // The grammar's Space rule, which is named "whitespace". Kibana's parser caches rule results per position, so a
        // failure is reported only the first time Space is tried at a position (later tries hit the cache and record
        // nothing); this matters after a complete expression, where the silent AND/OR tries come first.
        private bool Space(int at)
        {
            ref ulong word = ref _spaceTried[at >> 6];
            ulong bit = 1UL << (at & 63);
            bool first = (word & bit) == 0;
            word |= bit;
            bool ok = at < _s.Length && KqlText.IsSpace(_s[at]);
            if (!ok && first) Fail(Expect.Whitespace, at);
            return ok;
        }

        private void SpaceStar()
        {
            while (Space(_pos)) _pos++;
        }

        private bool SpacePlus()
        {
            if (!Space(_pos)) return false;
            _pos++;
            SpaceStar();
            return true;
        }

        private bool Char(char c, Expect what)
        {
            if (_pos < _s.Length && _s[_pos] == c)
            {
                _pos++;
                return true;
            }
            Fail(what, _pos);
            return false;
        }

        private bool Word(string word)
        {
            if (!KqlText.WordAt(_s, _pos, word)) return false;
            _pos += word.Length;
            return true;
        }

        private readonly KqlSyntaxException TooDeep() =>
            new(_source, _pos, [], _pos < _s.Length ? _s[_pos].ToString() : null,
                $"Query nests deeper than {MaxDepth} levels of parentheses or braces.");

        // OrQuery = AndQuery (Or AndQuery)+ / AndQuery
        // OrListOfValues = AndListOfValues (Or AndListOfValues)+ / AndListOfValues
        // The query and a field's value list share one shape: listField names the list's field, or is null.
        private KqlNode? OrQuery(KqlField? listField = null)
        {
            if (++_depth > MaxDepth) throw TooDeep();
            try
            {
                KqlNode? head = AndQuery(listField);
                if (head is null) return null;
                List<KqlNode>? all = null;
                while (true)
                {
                    int save = _pos;
                    if (Or() && AndQuery(listField) is { } next)
                    {
                        (all ??= [head]).Add(next);
                        continue;
                    }
                    _pos = save;
                    break;
                }
                return all is null ? head : new KqlOr(all);
            }
            finally
            {
                _depth--;
            }
        }

        // AndQuery = NotQuery (And NotQuery)+ / NotQuery, and likewise AndListOfValues
        private KqlNode? AndQuery(KqlField? listField)
        {
            KqlNode? head = NotQuery(listField);
            if (head is null) return null;
            List<KqlNode>? all = null;
            while (true)
            {
                int save = _pos;
                if (And() && NotQuery(listField) is { } next)
                {
                    (all ??= [head]).Add(next);
                    continue;
                }
                _pos = save;
                break;
            }
            return all is null ? head : new KqlAnd(all);
        }

        // NotQuery = Not SubQuery / SubQuery; NotListOfValues = Not ListOfValues / ListOfValues
        private KqlNode? NotQuery(KqlField? listField)
        {
            int save = _pos;
            if (Not())
            {
                if (Operand(listField) is { } operand) return new KqlNot(operand);
                _pos = save;
            }
            return Operand(listField);
        }

        private KqlNode? Operand(KqlField? listField) => listField is null ? SubQuery() : ListOfValues(listField);

        // SubQuery = '(' Space* OrQuery Space* ')' / NestedQuery
        private KqlNode? SubQuery()
        {
            int save = _pos;
            if (Char('(', Expect.LParen))
            {
                SpaceStar();
                if (OrQuery() is { } query)
                {
                    SpaceStar();
                    if (Char(')', Expect.RParen)) return query;
                }
                _pos = save;
            }
            return NestedQuery();
        }

        // NestedQuery = Field Space* ':' Space* '{' Space* OrQuery Space* '}' / Expression
        private KqlNode? NestedQuery()
        {
            int save = _pos;
            if (Field() is { } path)
            {
                SpaceStar();
                if (Char(':', Expect.Colon))
                {
                    SpaceStar();
                    if (Char('{', Expect.LBrace))
                    {
                        SpaceStar();
                        if (OrQuery() is { } query)
                        {
                            SpaceStar();
                            if (Char('}', Expect.RBrace)) return new KqlNested(path, query);
                        }
                    }
                }
            }
            _pos = save;
            // Expression = FieldRangeExpression / FieldValueExpression / ValueExpression
            return FieldRange() ?? FieldValue() ?? Value(null);
        }

        // FieldRangeExpression = Field Space* RangeOperator Space* Literal
        private KqlNode? FieldRange()
        {
            int save = _pos;
            if (Field() is { } field)
            {
                SpaceStar();
                if (RangeOperator() is { } op)
                {
                    SpaceStar();
                    if (Literal() is { } value) return new KqlRange(field, op, value);
                }
            }
            _pos = save;
            return null;
        }

        private KqlRangeOperator? RangeOperator()
        {
            if (_pos + 1 < _s.Length && _s[_pos] == '<' && _s[_pos + 1] == '=') { _pos += 2; return KqlRangeOperator.LessThanOrEqual; }
            Fail(Expect.Lte, _pos);
            if (_pos + 1 < _s.Length && _s[_pos] == '>' && _s[_pos + 1] == '=') { _pos += 2; return KqlRangeOperator.GreaterThanOrEqual; }
            Fail(Expect.Gte, _pos);
            if (Char('<', Expect.Lt)) return KqlRangeOperator.LessThan;
            if (Char('>', Expect.Gt)) return KqlRangeOperator.GreaterThan;
            return null;
        }

        // FieldValueExpression = Field Space* ':' Space* ListOfValues
        private KqlNode? FieldValue()
        {
            int save = _pos;
            if (Field() is { } field)
            {
                SpaceStar();
                if (Char(':', Expect.Colon))
                {
                    SpaceStar();
                    if (ListOfValues(field) is { } node) return node;
                }
            }
            _pos = save;
            return null;
        }

        // ListOfValues = '(' Space* OrListOfValues Space* ')' / Value
        private KqlNode? ListOfValues(KqlField field)
        {
            int save = _pos;
            if (Char('(', Expect.LParen))
            {
                SpaceStar();
                if (OrQuery(field) is { } list)
                {
                    SpaceStar();
                    if (Char(')', Expect.RParen)) return list;
                }
                _pos = save;
            }
            return Value(field);
        }

        // Or "OR" = Space+ 'or'i Space+
        private bool Or() => Keyword("or", Expect.Or, leadingSpace: true);

        // And "AND" = Space+ 'and'i Space+
        private bool And() => Keyword("and", Expect.And, leadingSpace: true);

        // Not "NOT" = 'not'i Space+
        private bool Not() => Keyword("not", Expect.Not, leadingSpace: false);

        private bool Keyword(string word, Expect what, bool leadingSpace)
        {
            int start = _pos;
            _silent++;
            bool ok = (!leadingSpace || SpacePlus()) && Word(word) && SpacePlus();
            _silent--;
            if (!ok)
            {
                _pos = start;
                Fail(what, start);
            }
            return ok;
        }

        // Field "fieldName" = Literal
        private KqlField? Field()
        {
            int start = _pos;
            KqlValue? literal = ReadLiteral();
            if (literal is null)
            {
                Fail(Expect.FieldName, start);
                return null;
            }
            return KqlField.Of(literal.Pattern);
        }

        // Literal "literal" = QuotedString / UnquotedLiteral
        private KqlValue? Literal()
        {
            int start = _pos;
            KqlValue? literal = ReadLiteral();
            if (literal is null) Fail(Expect.Literal, start);
            return literal;
        }

        // Value "value" = QuotedString / UnquotedLiteral, as 'is' of the field (null: every field)
        private KqlNode? Value(KqlField? field)
        {
            int start = _pos;
            KqlValue? value = ReadLiteral();
            if (value is null)
            {
                Fail(Expect.Value, start);
                return null;
            }
            if (value.IsLoneWildcard)
            {
                return field is null || field.IsLoneWildcard ? KqlMatchAll.Instance : new KqlExists(field);
            }
            return new KqlMatch(field, value);
        }

        private KqlValue? ReadLiteral()
        {
            int start = _pos;
            if (_litStart == start)
            {
                if (_lit is not null) _pos = _litEnd;
                return _lit;
            }
            _silent++;
            KqlValue? value = QuotedString() ?? UnquotedLiteral();
            _silent--;
            _litStart = start;
            _litEnd = _pos;
            _lit = value;
            return value;
        }

        private StringBuilder Buffer()
        {
            _sb ??= new StringBuilder();
            _sb.Clear();
            return _sb;
        }

        private readonly bool Hex4(int at, out char value)
        {
            value = '\0';
            if (at + 4 > _s.Length) return false;
            int v = 0;
            for (int i = 0; i < 4; i++)
            {
                int d = HexValue(_s[at + i]);
                if (d < 0) return false;
                v = v * 16 + d;
            }
            value = (char)v;
            return true;
        }

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };

        // QuotedString = '"' QuotedCharacter* '"'
        // QuotedCharacter = '\t' / '\r' / '\n' / '\uXXXX' / '\\' / '\"' / any character but '"' (a lone backslash is itself)
        private KqlValue? QuotedString()
        {
            if (_pos >= _s.Length || _s[_pos] != '"') return null;
            var sb = Buffer();
            int p = _pos + 1;
            while (p < _s.Length)
            {
                char c = _s[p];
                if (c == '"')
                {
                    _pos = p + 1;
                    return KqlValue.Phrase(sb.ToString());
                }
                if (c == '\\' && p + 1 < _s.Length)
                {
                    char n = _s[p + 1];
                    char unicode = '\0';
                    char? escaped = n switch
                    {
                        't' => '\t',
                        'r' => '\r',
                        'n' => '\n',
                        'u' when Hex4(p + 2, out unicode) => unicode,
                        '\\' or '"' => n,
                        _ => null,
                    };
                    if (escaped is { } e)
                    {
                        sb.Append(e);
                        p += n == 'u' ? 6 : 2;
                        continue;
                    }
                }
                sb.Append(c);
                p++;
            }
            return null;
        }

        // UnquotedLiteral = UnquotedCharacter+, trimmed as JavaScript trims.
        // UnquotedCharacter = '\t' / '\r' / '\n' / '\' Special / '\uXXXX' / '\' ('or'i / 'and'i / 'not'i) / '*' / '?'
        //                   / !Special !Keyword any
        // ('?' is not in Kibana's grammar: here it is a special character and a single-character wildcard.)
        private KqlValue? UnquotedLiteral()
        {
            var sb = Buffer();
            var segments = _segments ??= [];
            var wildcards = _wildcards ??= [];
            segments.Clear();
            wildcards.Clear();
            int p = _pos;
            while (true)
            {
                if (p + 1 < _s.Length && _s[p] == '\\')
                {
                    char n = _s[p + 1];
                    if (n is 't' or 'r' or 'n')
                    {
                        sb.Append(n == 't' ? '\t' : n == 'r' ? '\r' : '\n');
                        p += 2;
                        continue;
                    }
                    if (KqlText.IsSpecial(n))
                    {
                        sb.Append(n);
                        p += 2;
                        continue;
                    }
                    if (n == 'u' && Hex4(p + 2, out char unicode))
                    {
                        sb.Append(unicode);
                        p += 6;
                        continue;
                    }
                    int keyword = KqlText.WordAt(_s, p + 1, "or") ? 2
                        : KqlText.WordAt(_s, p + 1, "and") || KqlText.WordAt(_s, p + 1, "not") ? 3 : 0;
                    if (keyword > 0)
                    {
                        sb.Append(_s.Slice(p + 1, keyword));
                        p += 1 + keyword;
                        continue;
                    }
                }
                if (p < _s.Length && KqlText.IsWildcard(_s[p]))
                {
                    segments.Add(sb.ToString());
                    wildcards.Add(_s[p] == '*' ? KqlWildcard.AnyString : KqlWildcard.AnyCharacter);
                    sb.Clear();
                    p++;
                    continue;
                }
                if (p < _s.Length && KqlText.IsSpecial(_s[p])) break;
                if (KeywordAt(p) || p >= _s.Length) break;
                sb.Append(_s[p]);
                p++;
            }
            if (p == _pos) return null;
            segments.Add(sb.ToString());
            segments[0] = KqlText.TrimJsStart(segments[0]);
            segments[^1] = KqlText.TrimJsEnd(segments[^1]);
            _pos = p;
            return KqlValue.Unquoted(KqlPattern.Create(segments.ToArray(), wildcards.ToArray()));
        }

        // Keyword = Space 'or'i Space / Space 'and'i Space / 'not'i Space (a lookahead: silent, but it does try Space)
        private bool KeywordAt(int p)
        {
            if (Space(p))
            {
                if (KqlText.WordAt(_s, p + 1, "or") && Space(p + 3)) return true;
                if (KqlText.WordAt(_s, p + 1, "and") && Space(p + 4)) return true;
            }
            return KqlText.WordAt(_s, p, "not") && Space(p + 3);
        }
    }
}

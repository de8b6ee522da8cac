namespace PcapSearch.Query.Tests;

/// <summary>The node types: construction rules, structural equality, canonical printing.</summary>
public class NodeTests
{
    private static KqlMatch M(string field, string value) => new(KqlField.Named(field), KqlValue.Term(value));

    [Fact]
    public void Nodes_compare_by_content()
    {
        Assert.Equal(new KqlOr(M("a", "1"), M("b", "2")), new KqlOr(new List<KqlNode> { M("a", "1"), M("b", "2") }));
        Assert.NotEqual(new KqlOr(M("a", "1"), M("b", "2")), new KqlOr(M("b", "2"), M("a", "1")));
        Assert.NotEqual<KqlNode>(new KqlOr(M("a", "1"), M("b", "2")), new KqlAnd(M("a", "1"), M("b", "2")));
        Assert.Equal(new KqlNot(M("a", "1")), new KqlNot(M("a", "1")));
        Assert.Equal(new KqlNested(KqlField.Named("u"), M("a", "1")).GetHashCode(), new KqlNested(KqlField.Named("u"), M("a", "1")).GetHashCode());
        Assert.Equal(KqlMatchAll.Instance, new KqlMatchAll());
        Assert.NotEqual(KqlValue.Phrase("a"), KqlValue.Term("a"));
        Assert.Equal(KqlValue.Wildcard("a*b"), KqlValue.Unquoted(KqlPattern.Create(["a", "b"], [KqlWildcard.AnyString])));
        Assert.NotEqual(KqlValue.Wildcard("a*b"), KqlValue.Term("a*b"));
        Assert.NotEqual(KqlValue.Wildcard("a*b"), KqlValue.Wildcard("a?b"));
        Assert.NotEqual(KqlValue.Wildcard("a?b"), KqlValue.Term("a?b"));
        Assert.Equal(KqlField.Wildcard("a*"), KqlField.Of(KqlPattern.Create(["a", ""], [KqlWildcard.AnyString])));
    }

    [Fact]
    public void Lists_need_two_operands()
    {
        Assert.Throws<ArgumentException>(() => new KqlOr(M("a", "1")));
        Assert.Throws<ArgumentException>(() => new KqlAnd());
        Assert.Throws<ArgumentNullException>(() => new KqlAnd(M("a", "1"), null!));
        Assert.Throws<ArgumentNullException>(() => new KqlNot(null!));
    }

    [Fact]
    public void Lone_wildcards_have_their_own_nodes()
    {
        Assert.Throws<ArgumentException>(() => new KqlMatch(KqlField.Named("f"), KqlValue.Wildcard("*")));
        Assert.Throws<ArgumentException>(() => new KqlMatch(null, KqlValue.Wildcard("*")));
        Assert.Throws<ArgumentException>(() => new KqlExists(KqlField.Wildcard("*")));
        Assert.Equal(new KqlExists(KqlField.Named("f")), KqlParser.Parse("f:*"));
        Assert.Equal(KqlMatchAll.Instance, KqlParser.Parse("*"));
        // A quoted star and an escaped star are plain values.
        Assert.Equal(new KqlMatch(KqlField.Named("f"), KqlValue.Phrase("*")), KqlParser.Parse("f:\"*\""));
        Assert.Equal(new KqlMatch(KqlField.Named("f"), KqlValue.Term("*")), KqlParser.Parse("f:\\*"));
        // A range keeps a lone star as its value: the field's type decides what it means.
        Assert.Equal(new KqlRange(KqlField.Named("f"), KqlRangeOperator.LessThan, KqlValue.Wildcard("*")), KqlParser.Parse("f < *"));
    }

    [Fact]
    public void Unquoted_values_cannot_carry_edge_whitespace()
    {
        Assert.Throws<ArgumentException>(() => KqlValue.Term(" a"));
        Assert.Throws<ArgumentException>(() => KqlValue.Term("a\t"));
        Assert.Throws<ArgumentException>(() => KqlValue.Wildcard("a*b\u00A0"));
        Assert.Throws<ArgumentException>(() => KqlValue.Wildcard("\u2003?b"));
        Assert.Equal(" a ", KqlValue.Phrase(" a ").Text);
        Assert.Throws<ArgumentException>(() => KqlField.Wildcard(" a*"));
        Assert.Equal(" a", KqlField.Named(" a").Name);
    }

    [Fact]
    public void Values_expose_text_and_wildcards()
    {
        var v = Assert.IsType<KqlMatch>(KqlParser.Parse("f:a*b\\*c*")).Value;
        Assert.True(v.HasWildcard);
        Assert.False(v.IsQuoted);
        Assert.Equal(["a", "b*c", ""], v.Pattern.Segments);
        Assert.Equal([KqlWildcard.AnyString, KqlWildcard.AnyString], v.Pattern.Wildcards);
        Assert.Equal("a*b*c*", v.Text);
        Assert.Equal("a*b\\*c*", v.ToKql());
    }

    [Fact]
    public void A_question_mark_is_a_one_character_wildcard_unless_escaped_or_quoted()
    {
        var v = Assert.IsType<KqlMatch>(KqlParser.Parse("host.name:web?1\\?x*")).Value;
        Assert.Equal(["web", "1?x", ""], v.Pattern.Segments);
        Assert.Equal([KqlWildcard.AnyCharacter, KqlWildcard.AnyString], v.Pattern.Wildcards);
        Assert.Equal("web?1?x*", v.Text);
        Assert.Equal("web?1\\?x*", v.ToKql());
        Assert.False(Assert.IsType<KqlMatch>(KqlParser.Parse("f:\"a?b\"")).Value.HasWildcard);
        Assert.False(Assert.IsType<KqlMatch>(KqlParser.Parse("f:a\\?b")).Value.HasWildcard);
        // A lone '?' is a one-character value, not "exists".
        Assert.Equal(new KqlMatch(KqlField.Named("f"), KqlValue.Wildcard("?")), KqlParser.Parse("f:?"));
        Assert.False(KqlValue.Wildcard("?").IsLoneWildcard);
    }

    [Theory]
    // Canonical spelling: lower-case keywords, single spaces, parentheses only where needed, lists spelled out.
    [InlineData("", "")]
    [InlineData("  *  ", "")]
    [InlineData("*:*", "")]
    [InlineData("a  AND  b", "a and b")]
    [InlineData("a OR b AND c", "a or b and c")]
    [InlineData("(a OR b) AND c", "(a or b) and c")]
    [InlineData("((a))", "a")]
    [InlineData("(a or b) or c", "(a or b) or c")]
    [InlineData("NOT (a and b)", "not (a and b)")]
    [InlineData("not (not a)", "not (not a)")]
    [InlineData("not (a)", "not a")]
    [InlineData("f : x", "f:x")]
    [InlineData("f:(a or b and not c)", "f:a or f:b and not f:c")]
    [InlineData("f: *", "f:*")]
    [InlineData("bytes>=5", "bytes >= 5")]
    [InlineData("t<\"2024-01-01\"", "t < \"2024-01-01\"")]
    [InlineData("u:{a:1 and b:2}", "u:{ a:1 and b:2 }")]
    [InlineData("\"a b\":c", "\"a b\":c")]
    [InlineData("\"ab\":c", "ab:c")]
    [InlineData("\"\":c", "\"\":c")]
    [InlineData("f:\"a\\b\"", "f:\"a\\\\b\"")]
    [InlineData("f:\"x\\u0041\"", "f:\"xA\"")]
    [InlineData("f:\"tab\\there\"", "f:\"tab\\there\"")]
    [InlineData("f:a\\:b\\(c\\)\\<\\>\\{\\}\\\"\\\\", "f:a\\:b\\(c\\)\\<\\>\\{\\}\\\"\\\\")]
    [InlineData("f:a\\u00A0b", "f:a\\u00A0b")]
    [InlineData("f:\\t", "f:\\t")]
    [InlineData("a \\and b", "a \\and b")]
    [InlineData("a \\OR b", "a \\OR b")]
    [InlineData("f:can\\Not x", "f:can\\Not x")]
    [InlineData("f:can\\u006Eot x", "f:can\\u006Eot x")]
    [InlineData("f:cannot", "f:can\\u006Eot")]
    [InlineData("f:a or", "f:a \\or")]
    [InlineData("f:x and", "f:x \\and")]
    [InlineData("f:floor or g:android", "f:floor or g:android")]
    [InlineData("machine.os*:win*", "machine.os*:win*")]
    [InlineData("\"os*\":win\\*", "os\\*:win\\*")]
    [InlineData("host.name : web?1", "host.name:web?1")]
    [InlineData("f:\"a?b\"", "f:\"a?b\"")]
    [InlineData("f:a\\?b", "f:a\\?b")]
    [InlineData("\"a?\":b", "a\\?:b")]
    [InlineData("source.?p:x", "source.?p:x")]
    public void Prints_canonical_kql(string query, string canonical)
    {
        Assert.Equal(canonical, KqlParser.Parse(query).ToKql());
    }

    [Fact]
    public void Built_trees_print_with_the_needed_parentheses()
    {
        var a = M("a", "1");
        var b = M("b", "2");
        var c = M("c", "3");
        Assert.Equal("a:1 and (b:2 or c:3)", new KqlAnd(a, new KqlOr(b, c)).ToKql());
        Assert.Equal("(a:1 and b:2) and c:3", new KqlAnd(new KqlAnd(a, b), c).ToKql());
        Assert.Equal("a:1 or b:2 and c:3", new KqlOr(a, new KqlAnd(b, c)).ToKql());
        Assert.Equal("not (a:1 or b:2)", new KqlNot(new KqlOr(a, b)).ToKql());
        Assert.Equal("not u:{ a:1 }", new KqlNot(new KqlNested(KqlField.Named("u"), a)).ToKql());
        Assert.Equal("* or a:1", new KqlOr(KqlMatchAll.Instance, a).ToKql());
        Assert.Equal("u:{ * }", new KqlNested(KqlField.Named("u"), KqlMatchAll.Instance).ToKql());
        Assert.Equal("f < \"x y\"", new KqlRange(KqlField.Named("f"), KqlRangeOperator.LessThan, KqlValue.Phrase("x y")).ToKql());
        Assert.Equal("10.0.0.5", new KqlMatch(null, KqlValue.Term("10.0.0.5")).ToKql());
    }
}

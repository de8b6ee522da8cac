namespace PcapSearch.Query.Tests.Ast;

public class KqlAndTests
{
    [Theory]
    [InlineData("a and b", 2)]
    [InlineData("a AND b And c", 3)]
    [InlineData("not a and not b", 2)]
    [InlineData("f:(1 and 2)", 2)]
    public void Parses_flat(string query, int count)
    {
        Assert.Equal(count, Assert.IsType<KqlAnd>(KqlParser.Parse(query)).Children.Count);
    }

    [Fact]
    public void Binds_tighter_than_or()
    {
        var or = Assert.IsType<KqlOr>(KqlParser.Parse("a and b or c and d"));
        Assert.All(or.Children, c => Assert.IsType<KqlAnd>(c));
    }

    [Fact]
    public void Prints_or_children_in_parentheses()
    {
        var node = new KqlAnd(new KqlOr(Term("a"), Term("b")), Term("c"));
        Assert.Equal("(a or b) and c", node.ToKql());
        Assert.Equal(node, KqlParser.Parse(node.ToKql()));
    }

    private static KqlMatch Term(string value) => new(null, KqlValue.Term(value));
}

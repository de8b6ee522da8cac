namespace PcapSearch.Query.Tests.Ast;

public class KqlOrTests
{
    [Theory]
    [InlineData("a or b", 2)]
    [InlineData("a or b or c or d", 4)]
    [InlineData("a or b and c", 2)]
    [InlineData("f:(1 or 2 or 3)", 3)]
    public void Parses_flat(string query, int count)
    {
        Assert.Equal(count, Assert.IsType<KqlOr>(KqlParser.Parse(query)).Children.Count);
    }

    [Fact]
    public void Keeps_explicit_grouping()
    {
        var or = Assert.IsType<KqlOr>(KqlParser.Parse("(a or b) or c"));
        Assert.IsType<KqlOr>(or.Children[0]);
        Assert.Equal("(a or b) or c", or.ToKql());
    }

    [Fact]
    public void Prints_and_children_without_parentheses()
    {
        var node = new KqlOr(new KqlAnd(Term("a"), Term("b")), Term("c"));
        Assert.Equal("a and b or c", node.ToKql());
        Assert.Equal(node, KqlParser.Parse(node.ToKql()));
    }

    private static KqlMatch Term(string value) => new(null, KqlValue.Term(value));
}

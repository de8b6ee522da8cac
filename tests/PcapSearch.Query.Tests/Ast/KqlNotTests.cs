namespace PcapSearch.Query.Tests.Ast;

public class KqlNotTests
{
    [Theory]
    [InlineData("not a")]
    [InlineData("NOT a")]
    [InlineData("nOt\ta")]
    [InlineData("not (a)")]
    public void Parses_a_prefix_not(string query)
    {
        Assert.Equal(new KqlNot(new KqlMatch(null, KqlValue.Term("a"))), KqlParser.Parse(query));
    }

    [Theory]
    [InlineData("not")]
    [InlineData("nota")]
    [InlineData("knot")]
    public void Without_a_following_space_is_a_word(string query)
    {
        Assert.IsType<KqlMatch>(KqlParser.Parse(query));
    }

    [Fact]
    public void Double_negation_needs_parentheses()
    {
        Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse("not not a"));
        var node = new KqlNot(new KqlNot(new KqlMatch(null, KqlValue.Term("a"))));
        Assert.Equal("not (not a)", node.ToKql());
        Assert.Equal(node, KqlParser.Parse(node.ToKql()));
    }
}

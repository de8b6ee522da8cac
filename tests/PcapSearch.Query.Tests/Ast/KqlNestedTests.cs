namespace PcapSearch.Query.Tests.Ast;

public class KqlNestedTests
{
    [Fact]
    public void Fields_inside_are_relative()
    {
        var n = Assert.IsType<KqlNested>(KqlParser.Parse("user:{ first:john and last:smith }"));
        Assert.Equal("user", n.Path.Name);
        var and = Assert.IsType<KqlAnd>(n.Query);
        Assert.Equal("first", Assert.IsType<KqlMatch>(and.Children[0]).Field!.Name);
        Assert.Equal(["user.first", "user.last"], KqlFields.Of(n).Select(f => f.Name));
    }

    [Fact]
    public void Nests_in_depth()
    {
        var n = Assert.IsType<KqlNested>(KqlParser.Parse("a:{ b:{ c:1 } }"));
        Assert.IsType<KqlNested>(n.Query);
        Assert.Equal(["a.b.c"], KqlFields.Of(n).Select(f => f.Name));
        Assert.Equal("a:{ b:{ c:1 } }", n.ToKql());
    }

    [Fact]
    public void Braces_need_a_query()
    {
        Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse("user:{ }"));
        Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse("user:{ a:1"));
    }
}

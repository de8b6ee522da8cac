namespace PcapSearch.Query.Tests.Ast;

public class KqlMatchAllTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" \t\r\n")]
    [InlineData("*")]
    [InlineData("*:*")]
    [InlineData("(*)")]
    public void Forms(string query)
    {
        Assert.Same(KqlMatchAll.Instance, KqlParser.Parse(query));
    }

    [Fact]
    public void Prints_empty_alone_and_star_inside()
    {
        Assert.Equal("", KqlMatchAll.Instance.ToKql());
        Assert.Equal("not *", new KqlNot(KqlMatchAll.Instance).ToKql());
        Assert.Empty(KqlFields.Of(KqlMatchAll.Instance));
    }
}

namespace PcapSearch.Query.Tests.Ast;

public class KqlMatchTests
{
    [Fact]
    public void Field_value()
    {
        var m = Assert.IsType<KqlMatch>(KqlParser.Parse("source.ip:10.0.0.5"));
        Assert.Equal("source.ip", m.Field!.Name);
        Assert.Equal("10.0.0.5", m.Value.Text);
        Assert.False(m.Value.IsQuoted);
        Assert.False(m.Value.HasWildcard);
    }

    [Fact]
    public void Bare_value_has_no_field()
    {
        var m = Assert.IsType<KqlMatch>(KqlParser.Parse("\"two words\""));
        Assert.Null(m.Field);
        Assert.True(m.Value.IsQuoted);
        Assert.Equal("two words", m.Value.Text);
        Assert.Equal("\"two words\"", m.ToKql());
    }

    [Fact]
    public void Wildcards_in_value_and_field()
    {
        var m = Assert.IsType<KqlMatch>(KqlParser.Parse("machine.os*:win*"));
        Assert.True(m.Field!.HasWildcard);
        Assert.Equal(["win", ""], m.Value.Pattern.Segments);
    }

    [Fact]
    public void Prints_with_escapes()
    {
        var m = new KqlMatch(KqlField.Named("url"), KqlValue.Term("http://x (y) and not z"));
        Assert.Equal("url:http\\://x \\(y\\) \\and \\u006Eot z", m.ToKql());
        Assert.Equal(m, KqlParser.Parse(m.ToKql()));
    }
}

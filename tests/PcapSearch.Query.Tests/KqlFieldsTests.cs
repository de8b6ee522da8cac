namespace PcapSearch.Query.Tests;

public class KqlFieldsTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("*", "")]
    [InlineData("hello", "")]
    [InlineData("\"two words\" or 10.0.0.5", "")]
    [InlineData("a:1", "a")]
    [InlineData("a:1 and b:2 or a:3", "a|b")]
    [InlineData("b:1 and a:2", "b|a")]
    [InlineData("not c:*", "c")]
    [InlineData("bytes > 5 and @timestamp < \"2024-01-01\"", "bytes|@timestamp")]
    [InlineData("f:(a or b and not c)", "f")]
    [InlineData("user:{ first:john and last:smith }", "user.first|user.last")]
    [InlineData("a:{ b:{ c:1 } or d:2 }", "a.b.c|a.d")]
    [InlineData("user:{ john }", "")]
    [InlineData("machine.os*:windows and os*:{ name:x }", "machine.os*|os*.name")]
    [InlineData("source.?p:x and \"a?\":b", "source.?p|a?")]
    [InlineData("\"my field\":x", "my field")]
    [InlineData("x and source.ip:10.0.0.0/8 and (destination.port < 1024 or network.transport:udp)", "source.ip|destination.port|network.transport")]
    public void Lists_each_named_field_once_in_order(string query, string expected)
    {
        var fields = KqlFields.Of(KqlParser.Parse(query));
        Assert.Equal(expected, string.Join("|", fields.Select(f => f.Name)));
    }

    [Fact]
    public void Patterns_keep_their_wildcards()
    {
        var fields = KqlFields.Of(KqlParser.Parse("machine.os*:windows and \"a*\":b"));
        Assert.True(fields[0].HasWildcard);
        Assert.Equal(["machine.os", ""], fields[0].Pattern.Segments);
        Assert.False(fields[1].HasWildcard);
        Assert.Equal("a*", fields[1].Name);
    }

    [Fact]
    public void Nested_paths_join_pattern_segments()
    {
        var path = KqlField.Wildcard("a*b");
        var full = path.Append(KqlField.Wildcard("c?d"));
        Assert.Equal(["a", "b.c", "d"], full.Pattern.Segments);
        Assert.Equal([KqlWildcard.AnyString, KqlWildcard.AnyCharacter], full.Pattern.Wildcards);
        Assert.Equal("a*b.c?d", full.Name);
    }
}

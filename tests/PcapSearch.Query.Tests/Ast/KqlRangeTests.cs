namespace PcapSearch.Query.Tests.Ast;

public class KqlRangeTests
{
    [Theory]
    [InlineData("bytes < 5", KqlRangeOperator.LessThan)]
    [InlineData("bytes <= 5", KqlRangeOperator.LessThanOrEqual)]
    [InlineData("bytes > 5", KqlRangeOperator.GreaterThan)]
    [InlineData("bytes >= 5", KqlRangeOperator.GreaterThanOrEqual)]
    public void Operators(string query, KqlRangeOperator op)
    {
        var r = Assert.IsType<KqlRange>(KqlParser.Parse(query));
        Assert.Equal(op, r.Operator);
        Assert.Equal("bytes", r.Field.Name);
        Assert.Equal("5", r.Value.Text);
        Assert.Equal(query, r.ToKql());
    }

    [Theory]
    [InlineData("@timestamp >= \"2024-01-01T10:00:00Z\"", "2024-01-01T10:00:00Z", true)]
    [InlineData("@timestamp < now-15m", "now-15m", false)]
    [InlineData("@timestamp < now/d", "now/d", false)]
    public void Dates_are_text(string query, string value, bool quoted)
    {
        var r = Assert.IsType<KqlRange>(KqlParser.Parse(query));
        Assert.Equal(value, r.Value.Text);
        Assert.Equal(quoted, r.Value.IsQuoted);
    }

    [Fact]
    public void Symbols()
    {
        Assert.Equal(["<", "<=", ">", ">="], Enum.GetValues<KqlRangeOperator>().Select(KqlRange.Symbol));
    }
}

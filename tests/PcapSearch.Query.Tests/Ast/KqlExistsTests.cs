namespace PcapSearch.Query.Tests.Ast;

public class KqlExistsTests
{
    [Theory]
    [InlineData("f:*", "f")]
    [InlineData("f : *", "f")]
    [InlineData("f:(*)", "f")]
    [InlineData("machine.os*:*", "machine.os*")]
    public void Field_star_is_exists(string query, string field)
    {
        Assert.Equal(field, Assert.IsType<KqlExists>(KqlParser.Parse(query)).Field.Name);
    }

    [Theory]
    [InlineData("f:**")]
    [InlineData("f:\"*\"")]
    [InlineData("f:\\*")]
    public void Other_stars_are_values(string query)
    {
        Assert.IsType<KqlMatch>(KqlParser.Parse(query));
    }

    [Fact]
    public void Prints()
    {
        Assert.Equal("http.request.method:*", new KqlExists(KqlField.Named("http.request.method")).ToKql());
    }
}

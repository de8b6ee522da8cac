using System.Text;

namespace PcapSearch.Store.Elasticsearch.Tests;

public sealed class OptionsTests
{
    private static readonly Uri Local = new("http://127.0.0.1:9200");

    [Fact]
    public void An_api_key_is_sent_as_such()
    {
        var header = ElasticsearchTransport.Authorization(new ElasticsearchOptions { Url = Local, ApiKey = "aWQ6a2V5" })!;
        Assert.Equal(("ApiKey", "aWQ6a2V5"), (header.Scheme, header.Parameter));
    }

    [Fact]
    public void Basic_auth_comes_from_the_options_or_the_url()
    {
        var fromOptions = ElasticsearchTransport.Authorization(new ElasticsearchOptions { Url = Local, Username = "elastic", Password = "pa:ss" })!;
        Assert.Equal("Basic", fromOptions.Scheme);
        Assert.Equal("elastic:pa:ss", Encoding.UTF8.GetString(Convert.FromBase64String(fromOptions.Parameter!)));
        var fromUrl = ElasticsearchTransport.Authorization(new ElasticsearchOptions { Url = new Uri("https://elastic:p%40ss@es.example:9200") })!;
        Assert.Equal("elastic:p@ss", Encoding.UTF8.GetString(Convert.FromBase64String(fromUrl.Parameter!)));
        Assert.Null(ElasticsearchTransport.Authorization(new ElasticsearchOptions { Url = Local }));
    }

    [Theory]
    [InlineData("ftp://127.0.0.1", "pcapsearch", null)]
    [InlineData("http://127.0.0.1:9200", "Upper", null)]
    [InlineData("http://127.0.0.1:9200", "a*b", null)]
    [InlineData("http://127.0.0.1:9200", "_hidden", null)]
    [InlineData("http://127.0.0.1:9200", "pcapsearch", "/no/such/ca.pem")]
    public void Bad_options_are_refused_before_any_request(string url, string prefix, string? caFile)
    {
        var options = new ElasticsearchOptions { Url = new Uri(url), IndexPrefix = prefix, CaFile = caFile };
        Assert.ThrowsAny<Exception>(() => new ElasticsearchFlowStore(options));
    }

    [Fact]
    public void An_api_key_and_a_password_together_are_refused() =>
        Assert.Throws<ArgumentException>(() => new ElasticsearchFlowStore(new ElasticsearchOptions { Url = Local, ApiKey = "k", Username = "u", Password = "p" }));
}

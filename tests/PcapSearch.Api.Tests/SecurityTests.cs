using System.Net;
using System.Net.Http.Headers;
using PcapSearch.Api.Security;

namespace PcapSearch.Api.Tests;

public class SecurityTests
{
    [Fact]
    public async Task On_loopback_no_key_is_needed()
    {
        await using var host = await ApiTestHost.StartAsync();

        Assert.False(host.Options.AuthenticationRequired);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/captures")).StatusCode);
    }

    [Fact]
    public async Task Bound_to_every_address_a_key_is_required_and_a_bad_one_refused()
    {
        // Configured for 0.0.0.0 but served in memory: the policy follows the configured address, and this test opens no port.
        await using var host = await ApiTestHost.StartAsync(o => o with { Bind = "0.0.0.0" }, inMemory: true);
        string key = new ApiKeyStore(host.Options.ApiKeysFile).Create("analyst");

        using var anonymous = await host.Client.GetAsync("/api/captures");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Basic", anonymous.Headers.WwwAuthenticate.ToString());
        Assert.Equal("An API key is required", (await ApiTestHost.ProblemAsync(anonymous))["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(host, "/metrics", "Bearer", key[..^2] + "xx")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(host, "/", "Bearer", "pcs_nothing_here")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(host, "/api/search", "Basic", Basic("someone-else", key))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Get(host, "/api/captures", "Bearer", key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(host, "/api/search", "Basic", Basic("analyst", key))).StatusCode);
        using var header = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        header.Headers.Add(ApiKeyAuthentication.HeaderName, key);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(header)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_stops_working_while_the_server_runs()
    {
        await using var host = await ApiTestHost.StartAsync(o => o with { RequireAuthentication = true }, inMemory: true);
        var keys = new ApiKeyStore(host.Options.ApiKeysFile);
        string key = keys.Create("temporary");
        Assert.Equal(HttpStatusCode.OK, (await Get(host, "/api/captures", "Bearer", key)).StatusCode);

        Assert.True(keys.Revoke("temporary"));
        // The server notices the file changed by its write time; make sure the change is visible even on a coarse clock.
        File.SetLastWriteTimeUtc(host.Options.ApiKeysFile, DateTime.UtcNow.AddSeconds(5));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(host, "/api/captures", "Bearer", key)).StatusCode);
    }

    [Fact]
    public void Keys_are_kept_hashed_never_as_given()
    {
        string data = Directory.CreateTempSubdirectory("pcapsearch-keys-").FullName;
        try
        {
            var keys = new ApiKeyStore(Path.Combine(data, "api-keys.json"));
            string key = keys.Create("ci");
            string file = File.ReadAllText(Path.Combine(data, "api-keys.json"));

            // The secret is all after the id ("pcs_ID_SECRET"); base64url may put '_' inside it too.
            string secret = key[(key.IndexOf('_', "pcs_".Length) + 1)..];
            Assert.True(secret.Length >= 20, secret);
            Assert.DoesNotContain(secret, file);
            Assert.Equal("ci", new ApiKeyStore(Path.Combine(data, "api-keys.json")).Verify(key));
            Assert.Null(keys.Verify(key + "x"));
            Assert.Throws<ArgumentException>(() => keys.Create("ci"));
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "api-keys.json")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Cors_is_closed_unless_an_origin_is_listed()
    {
        await using var closed = await ApiTestHost.StartAsync();
        await using var open = await ApiTestHost.StartAsync(o => o with { AllowedOrigins = ["https://soc.example"] });

        using var simple = await WithOrigin(closed, HttpMethod.Get, "https://evil.example");
        using var preflight = await WithOrigin(closed, HttpMethod.Options, "https://evil.example");
        using var listed = await WithOrigin(open, HttpMethod.Get, "https://soc.example");
        using var listedPreflight = await WithOrigin(open, HttpMethod.Options, "https://soc.example");
        using var unlisted = await WithOrigin(open, HttpMethod.Get, "https://evil.example");

        Assert.False(simple.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Methods"));
        Assert.Equal("https://soc.example", listed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("https://soc.example", listedPreflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(unlisted.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> WithOrigin(ApiTestHost host, HttpMethod method, string origin)
    {
        using var request = new HttpRequestMessage(method, "/api/captures");
        request.Headers.Add("Origin", origin);
        if (method == HttpMethod.Options) request.Headers.Add("Access-Control-Request-Method", "DELETE");
        return await host.Client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> Get(ApiTestHost host, string path, string scheme, string parameter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, parameter);
        return await host.Client.SendAsync(request);
    }

    private static string Basic(string name, string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(name + ":" + key));
}

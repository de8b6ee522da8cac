using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcapSearch.Store.Elasticsearch;

/// <summary>
/// The REST calls, over one HttpClient: authentication (API key or basic), TLS with an optional CA file, and
/// retry with exponential backoff when the cluster answers 429 (too many requests) or 503 (unavailable).
/// Any other status at or above 400 becomes an <see cref="ElasticsearchException"/> with Elasticsearch's reason.
/// </summary>
internal sealed class ElasticsearchTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly ElasticsearchOptions _options;
    private readonly Action<TimeSpan> _sleep;

    public ElasticsearchTransport(ElasticsearchOptions options, Action<TimeSpan>? sleep = null)
    {
        _options = options;
        _sleep = sleep ?? Thread.Sleep;
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (options.CaFile is { } caFile)
        {
            var ca = X509Certificate2.CreateFromPemFile(caFile);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => TrustedBy(ca, certificate, errors);
        }
        var baseAddress = new UriBuilder(options.Url) { UserName = "", Password = "" }.Uri;
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = options.RequestTimeout };
        _http.DefaultRequestHeaders.Authorization = Authorization(options);
    }

    /// <summary>Sends a request; returns the status and the parsed body (null when the body is empty). <paramref name="accept"/> lists statuses that are answers, not errors (404 for a lookup).</summary>
    public (int Status, JsonDocument? Body) Send(HttpMethod method, string path, ReadOnlyMemory<byte>? body = null,
        string contentType = "application/json", params int[] accept)
    {
        for (int attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is { } bytes)
            {
                request.Content = new ReadOnlyMemoryContent(bytes);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType) { CharSet = "utf-8" };
            }
            using var response = _http.Send(request);
            int status = (int)response.StatusCode;
            if (IsRetryable(status) && attempt < _options.MaxRetries)
            {
                _sleep(RetryAfter(response) ?? Backoff(attempt, _options.RetryDelay, _options.MaxRetryDelay));
                continue;
            }
            using var stream = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            JsonDocument? document = buffer.Length == 0 ? null : JsonDocument.Parse(buffer.ToArray());
            if (status < 400 || accept.Contains(status)) return (status, document);
            using (document) throw Error(method, path, status, document);
        }
    }

    /// <summary>A JSON body sent and the answer's root (throws on errors).</summary>
    public JsonElement Json(HttpMethod method, string path, JsonNode? body = null)
    {
        var (_, document) = Send(method, path, body is null ? null : Serialize(body));
        if (document is null) throw new ElasticsearchException($"{method} {path}: Elasticsearch answered with no body.", 200, null);
        using (document) return document.RootElement.Clone();
    }

    public static byte[] Serialize(JsonNode body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) body.WriteTo(writer);
        return stream.ToArray();
    }

    public static bool IsRetryable(int status) => status is 429 or 503;

    /// <summary>The wait before retry number <paramref name="attempt"/> (0-based): the first delay doubled each time, capped.</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan first, TimeSpan max)
    {
        double ms = first.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        return TimeSpan.FromMilliseconds(Math.Min(ms, max.TotalMilliseconds));
    }

    internal static AuthenticationHeaderValue? Authorization(ElasticsearchOptions options)
    {
        if (options.ApiKey is { } key) return new AuthenticationHeaderValue("ApiKey", key);
        string? user = options.Username, password = options.Password;
        if (user is null && options.Url.UserInfo.Length > 0)
        {
            var parts = options.Url.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        if (user is null) return null;
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + (password ?? ""))));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } delta && delta <= _options.MaxRetryDelay ? delta : null;

    private static bool TrustedBy(X509Certificate2 ca, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return true;
        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }

    private static ElasticsearchException Error(HttpMethod method, string path, int status, JsonDocument? document)
    {
        string? type = null, reason = null;
        if (document?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.Object)
            {
                type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
                reason = error.TryGetProperty("reason", out var r) ? r.GetString() : null;
            }
            else if (error.ValueKind == JsonValueKind.String)
            {
                reason = error.GetString();
            }
        }
        string what = status == (int)HttpStatusCode.Unauthorized ? "authentication failed (check the API key or user and password)" : $"{type}: {reason}";
        return new ElasticsearchException($"{method} {path} failed with {status}: {what}", status, type);
    }

    public void Dispose() => _http.Dispose();
}

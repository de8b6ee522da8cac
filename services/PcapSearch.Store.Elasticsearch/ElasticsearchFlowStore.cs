using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Dsl;
using PcapSearch.Store.Elasticsearch.Requests;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Elasticsearch;

/// <summary>
/// The scale-out store: the documented Elasticsearch 8 REST API over HttpClient + System.Text.Json (no client
/// package is served to us). Flow documents are exactly <see cref="Flows.Documents.FlowDocumentWriter"/>'s, with
/// <c>_id</c> = <c>event.id</c>; hosts are aggregated from them; the capture catalog has its own index. Each job
/// is one partial file; the request bodies and answer readers are pure functions in Requests/, tested against
/// the official specification.
/// </summary>
public sealed partial class ElasticsearchFlowStore : IFlowStore
{
    private readonly ElasticsearchOptions _options;
    private readonly ElasticsearchTransport _transport;
    private readonly TimeProvider _clock;
    private readonly FlowCatalog _catalog = FlowCatalog.Flows;
    private readonly Lock _installLock = new();
    private bool _installed;

    public ElasticsearchFlowStore(ElasticsearchOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _transport = new ElasticsearchTransport(options);
        Names = new IndexNames(options.IndexPrefix);
    }

    public IndexNames Names { get; }

    public FlowCatalog Catalog => _catalog;

    /// <summary>Installs the templates once per store (when <see cref="ElasticsearchOptions.InstallTemplates"/>), before the first request.</summary>
    private ElasticsearchTransport Transport
    {
        get
        {
            if (_options.InstallTemplates && !_installed)
            {
                lock (_installLock)
                {
                    if (!_installed)
                    {
                        TemplateInstaller.Install(_transport, Names);
                        _installed = true;
                    }
                }
            }
            return _transport;
        }
    }

    /// <summary>The query's KQL, time range and captures as one filter clause, plus the translation's warnings.</summary>
    internal static DslQuery Filter(FlowQuery query, FlowCatalog catalog, DateTimeOffset now)
    {
        var kql = KqlToElasticsearch.Translate(KqlParser.Parse(query.Kql), catalog);
        var clauses = new List<JsonObject> { kql.Query };
        if (query.From is not null || query.To is not null)
        {
            var bounds = new JsonObject();
            if (query.From is { } from) bounds["gte"] = CheckedTime(from, now);
            if (query.To is { } to) bounds["lt"] = CheckedTime(to, now);
            clauses.Add(Clauses.Range("@timestamp", bounds));
        }
        if (query.Captures is { Count: > 0 } captures) clauses.Add(Clauses.Terms("pcap.capture.id", captures));
        return new DslQuery(Clauses.AllOf(clauses.Where(c => !c.ContainsKey("match_all"))), kql.Warnings);
    }

    /// <summary>A time bound as Elasticsearch takes it (ISO 8601 or date math), refused here with the embedded store's message when it is neither.</summary>
    private static string CheckedTime(string text, DateTimeOffset now) =>
        DateMath.TryParse(text, now, roundUp: false, out _) ? text : throw new FlowQueryException($"'{text}' is not a time (ISO 8601 or date math like now-15m).");

    private DslQuery Filter(FlowQuery query) => Filter(query, _catalog, _clock.GetUtcNow());

    /// <summary>A search over every flow index; an answer's root.</summary>
    private JsonElement SearchFlows(JsonObject body) =>
        Transport.Json(HttpMethod.Post, RestPaths.Search(Names.Flows), body);

    public void Dispose() => _transport.Dispose();
}

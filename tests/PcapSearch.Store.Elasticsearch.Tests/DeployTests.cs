using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>The deploy/ files agree with the flow catalog: every field mapped with its type, the Kibana data view over the flow indices.</summary>
public sealed class DeployTests
{
    private static JsonObject? Mapping(JsonObject properties, string dotted)
    {
        JsonObject? node = null;
        var level = properties;
        foreach (string part in dotted.Split('.'))
        {
            if (level is null || level[part] is not JsonObject child) return null;
            node = child;
            level = child["properties"] as JsonObject;
        }
        return node;
    }

    [Fact]
    public void The_flow_template_maps_every_catalog_field_with_its_type()
    {
        var properties = TemplateInstaller.Resource("flows.index-template.json")["template"]!["mappings"]!["properties"]!.AsObject();
        foreach (var field in FlowCatalog.Flows.Fields)
        {
            var mapping = Mapping(properties, field.Name);
            Assert.True(mapping is not null, $"{field.Name} is not mapped");
            string expected = field.Type switch
            {
                FieldType.Ip => "ip",
                FieldType.Long => "long",
                FieldType.Date => "date_nanos",
                FieldType.GeoPoint => "geo_point",
                _ => "keyword",
            };
            Assert.Equal(expected, mapping!["type"]!.GetValue<string>());
            if (field.Type == FieldType.Text) Assert.Equal("text", mapping["fields"]!["text"]!["type"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Templates_follow_the_index_prefix()
    {
        var names = new IndexNames("case-42");
        var requests = TemplateInstaller.Requests(names, openSearch: false).ToList();
        Assert.Equal(["/_ilm/policy/case-42-flows", "/_index_template/case-42-flows", "/_index_template/case-42-captures"], requests.Select(r => r.Path));
        var flows = requests[1].Body;
        Assert.Equal("case-42-flows-*", flows["index_patterns"]![0]!.GetValue<string>());
        Assert.Equal("case-42-flows", flows["template"]!["settings"]!["index"]!["lifecycle"]!["name"]!.GetValue<string>());
        Assert.Equal("case-42-captures", requests[2].Body["index_patterns"]![0]!.GetValue<string>());

        var openSearch = TemplateInstaller.Requests(names, openSearch: true).ToList();
        Assert.Equal(2, openSearch.Count);
        Assert.Null(openSearch[0].Body["template"]!["settings"]!["index"]!["lifecycle"]);
    }

    [Fact]
    public void Flow_indices_are_named_by_the_month_of_the_timestamp()
    {
        var names = new IndexNames("pcapsearch");
        long ns = (new DateTime(2024, 5, 31, 23, 59, 59, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks) * 100 + 999;
        Assert.Equal("pcapsearch-flows-2024.05", names.FlowIndex(ns));
        Assert.Equal("pcapsearch-flows-2024.06", names.FlowIndex(ns + 1_000_000_000));
        Assert.Equal("pcapsearch-flows-1970.01", names.FlowIndex(0));
    }

    [Fact]
    public void The_kibana_saved_objects_open_the_flow_indices()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "deploy", "kibana", "pcapsearch.ndjson"));
        var objects = lines.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var view = objects.Single(o => o["type"]?.GetValue<string>() == "index-pattern");
        Assert.Equal(new IndexNames("pcapsearch").Flows, view["attributes"]!["title"]!.GetValue<string>());
        Assert.Equal("@timestamp", view["attributes"]!["timeFieldName"]!.GetValue<string>());
        var formats = JsonNode.Parse(view["attributes"]!["fieldFormatMap"]!.GetValue<string>())!.AsObject();
        Assert.Equal("bytes", formats["source.bytes"]!["id"]!.GetValue<string>());
        Assert.Equal("nanoseconds", formats["event.duration"]!["params"]!["inputFormat"]!.GetValue<string>());
        Assert.All(formats.Select(f => f.Key), name => Assert.NotNull(FlowCatalog.Flows.Find(name)));

        var search = objects.Single(o => o["type"]?.GetValue<string>() == "search");
        Assert.All(search["attributes"]!["columns"]!.AsArray(), c => Assert.NotNull(FlowCatalog.Flows.Find(c!.GetValue<string>())));
        Assert.Equal(view["id"]!.GetValue<string>(), search["references"]![0]!["id"]!.GetValue<string>());
        var summary = objects.Last();
        Assert.Equal(objects.Count - 1, summary["exportedCount"]!.GetValue<int>());
    }
}

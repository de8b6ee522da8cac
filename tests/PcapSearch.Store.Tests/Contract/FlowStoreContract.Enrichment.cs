using System.Globalization;

namespace PcapSearch.Store.Tests.Contract;

/// <summary>
/// The enrichment fields (ECS source/destination .geo.* and .as.*, pcap.*.mac_vendor) as every backend must keep them:
/// searchable with KQL, facetable, returned with the hit; written only where the data knows them.
/// </summary>
public abstract partial class FlowStoreContract<TBackend>
{
    [SkippableTheory]
    [InlineData("destination.as.number")]
    [InlineData("source.as.number")]
    public void An_as_number_is_searchable(string field)
    {
        var numbers = All().Where(h => h.Fields.ContainsKey(field)).Select(h => Long(h, field)).Distinct().ToList();
        Assert.NotEmpty(numbers);
        foreach (long number in numbers)
        {
            Assert.Equal(Where(h => h.Fields.ContainsKey(field) && Long(h, field) == number), Count($"{field}:{number}"));
        }
    }

    [SkippableFact]
    public void A_country_code_and_an_organization_are_searchable()
    {
        foreach (string field in new[] { "destination.geo.country_iso_code", "destination.as.organization.name" })
        {
            var values = All().SelectMany(h => Values(h, field)).Distinct().ToList();
            Assert.NotEmpty(values);
            foreach (string value in values)
            {
                Assert.Equal(Where(h => Values(h, field).Contains(value)), Count($"{field}:\"{value}\""));
            }
        }
    }

    [SkippableFact]
    public void Enrichment_fields_are_facetable()
    {
        string[] fields = ["destination.geo.country_iso_code", "destination.as.number", "pcap.source.mac_vendor"];
        var facets = Store.Facets(new FlowQuery(), fields, 10);
        foreach (var facet in facets.Fields)
        {
            Assert.NotEmpty(facet.Buckets);
            Assert.Equal(Where(h => !h.Fields.ContainsKey(facet.Field)), facet.Missing);
            foreach (var bucket in facet.Buckets)
            {
                string value = Convert.ToString(bucket.Value, CultureInfo.InvariantCulture)!;
                Assert.Equal(Where(h => Values(h, facet.Field).Contains(value)), bucket.Count);
            }
        }
    }

    [SkippableFact]
    public void A_location_is_lat_lon_text_that_answers_exists()
    {
        var located = All().Where(h => h.Fields.ContainsKey("destination.geo.location")).ToList();
        Assert.NotEmpty(located);
        Assert.Equal(located.Count, Count("destination.geo.location:*"));
        Assert.All(located, hit =>
        {
            string[] parts = Get<string>(hit, "destination.geo.location")!.Split(',');
            Assert.InRange(double.Parse(parts[0], CultureInfo.InvariantCulture), -90, 90);
            Assert.InRange(double.Parse(parts[1], CultureInfo.InvariantCulture), -180, 180);
        });
    }

    [SkippableFact]
    public void Private_addresses_have_no_place_and_no_as()
    {
        Assert.True(Count("source.ip:10.0.0.0/8") > 0);
        Assert.Equal(0, Count("source.ip:10.0.0.0/8 and (source.geo.country_iso_code:* or source.as.number:*)"));
        Assert.True(Count("destination.ip:\"ff02::/16\"") > 0);
        Assert.Equal(0, Count("destination.ip:\"ff02::/16\" and destination.geo.country_iso_code:*"));
    }

    [SkippableFact]
    public void A_mac_vendor_is_searchable_and_returned_with_its_flow()
    {
        string vendor = All().SelectMany(h => Values(h, "pcap.source.mac_vendor")).First();
        var hits = Matching($"pcap.source.mac_vendor:\"{vendor}\"");
        Assert.Equal(Where(h => Values(h, "pcap.source.mac_vendor").Contains(vendor)), hits.Count);
        Assert.All(hits, h => Assert.True(h.Fields.ContainsKey("source.mac")));
    }
}

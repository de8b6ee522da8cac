using System.Globalization;

namespace PcapSearch.Store.Tests.Contract;

/// <summary>
/// The one test suite every <see cref="IFlowStore"/> backend must pass (ARCHITECTURE "Two backends, one contract"):
/// derive a sealed class per backend, naming its <see cref="FlowStoreBackend"/>. Every expected value is worked out
/// from the hits themselves (all of them, through <see cref="IFlowStore.Export"/>), never from backend internals.
/// </summary>
public abstract partial class FlowStoreContract<TBackend>(FlowStoreContractFixture<TBackend> fixture)
    : IClassFixture<FlowStoreContractFixture<TBackend>> where TBackend : FlowStoreBackend, new()
{
    protected FlowStoreContractFixture<TBackend> Fixture { get; } = fixture;

    /// <summary>The loaded store; reports the test skipped where the backend cannot run.</summary>
    protected IFlowStore Store
    {
        get
        {
            Skip.If(Fixture.SkipReason is not null, Fixture.SkipReason);
            return Fixture.Store!;
        }
    }

    private List<FlowHit>? _all;

    /// <summary>Every stored flow with every field, newest first.</summary>
    protected IReadOnlyList<FlowHit> All() => _all ??= Store.Export(new FlowQuery { Limit = 1000 }).ToList();

    protected IReadOnlyList<FlowHit> Matching(string kql) => Store.Export(new FlowQuery { Kql = kql, Limit = 1000 }).ToList();

    protected FlowHits Search(string kql, int limit = 1000) => Store.Search(new FlowQuery { Kql = kql, Limit = limit });

    protected long Count(string kql) => Store.Search(new FlowQuery { Kql = kql }).Total;

    protected long Where(Func<FlowHit, bool> predicate) => All().Count(predicate);

    protected static T? Get<T>(FlowHit hit, string field) => hit.Fields.TryGetValue(field, out var v) ? (T)v : default;

    protected static long Long(FlowHit hit, string field) => hit.Fields.TryGetValue(field, out var v) ? (long)v : 0;

    /// <summary>Nanoseconds since the epoch of an ISO 8601 UTC text as the hits write it (up to 9 fraction digits).</summary>
    protected static long Ns(string iso)
    {
        int dot = iso.IndexOf('.', StringComparison.Ordinal);
        var seconds = DateTimeOffset.ParseExact(dot < 0 ? iso : iso[..dot] + "Z", "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        long fraction = dot < 0 ? 0 : long.Parse(iso[(dot + 1)..^1].PadRight(9, '0'), CultureInfo.InvariantCulture);
        return seconds.ToUnixTimeSeconds() * 1_000_000_000 + fraction;
    }

    protected static string[] Values(FlowHit hit, string field) => hit.Fields.TryGetValue(field, out var v)
        ? v is System.Collections.IEnumerable list and not string ? list.Cast<object>().Select(Text).ToArray() : [Text(v)]
        : [];

    private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;
}

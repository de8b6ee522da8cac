namespace PcapSearch.Api.Tests;

/// <summary>One host for a test class whose tests only read.</summary>
public sealed class SharedApiHost : IAsyncLifetime
{
    private ApiTestHost? _host;

    public ApiTestHost Host => _host ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _host = await ApiTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}

using MassTransit;

namespace PcapSearch.Bus;

/// <summary>Reads a broker URL as operators write it: amqp[s]://user:password@host[:port][/vhost] (guest, 5672 and "/" when left out).</summary>
public static class RabbitMqAddress
{
    public static void Configure(IRabbitMqBusFactoryConfigurator rabbit, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps" or "rabbitmq" or "rabbitmqs"))
            throw new ArgumentException($"not a RabbitMQ URL: {url} (expected amqp://user:password@host:port/vhost)", nameof(url));
        bool tls = uri.Scheme.EndsWith('s');
        ushort port = uri.IsDefaultPort || uri.Port < 0 ? (ushort)(tls ? 5671 : 5672) : (ushort)uri.Port;
        string virtualHost = uri.AbsolutePath.Trim('/') is { Length: > 0 } path ? Uri.UnescapeDataString(path) : "/";
        string[] user = uri.UserInfo.Split(':', 2);
        rabbit.Host(uri.Host, port, virtualHost, "pcapsearch", host =>
        {
            host.Username(user[0] is { Length: > 0 } name ? Uri.UnescapeDataString(name) : "guest");
            host.Password(user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest");
            if (tls) host.UseSsl(ssl => ssl.ServerName = uri.Host);
        });
    }
}

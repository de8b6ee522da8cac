using System.CommandLine;
using PcapSearch.Api;
using PcapSearch.Api.Security;

namespace PcapSearch.Cli.Verbs;

/// <summary>`pcapsearch apikey create|list|revoke`: the keys a server bound beyond loopback asks for. A new key is printed once; only its hash is kept.</summary>
public static class ApiKeyVerb
{
    public static Command Create()
    {
        var data = DataDirectory.Option();
        var name = new Argument<string>("name") { Description = "A name for the key: who or what uses it (1-64 letters, digits, '-', '_', '.')." };
        var create = new Command("create", "Create a key and print it; it is shown this once.") { name, data };
        create.SetAction(parse =>
        {
            try
            {
                Console.WriteLine(Keys(parse.GetValue(data)!).Create(parse.GetValue(name)!));
                return ExitCodes.Ok;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"pcapsearch apikey create: {e.Message.Split(" (Parameter")[0]}");
                return ExitCodes.Refused;
            }
        });

        var list = new Command("list", "List the keys' names and creation times.") { data };
        list.SetAction(parse =>
        {
            foreach (var key in Keys(parse.GetValue(data)!).List()) Console.WriteLine($"{key.Name}\t{key.Created}");
            return ExitCodes.Ok;
        });

        var revokedName = new Argument<string>("name") { Description = "The key to revoke." };
        var revoke = new Command("revoke", "Revoke a key; a running server stops accepting it at once.") { revokedName, data };
        revoke.SetAction(parse =>
        {
            if (Keys(parse.GetValue(data)!).Revoke(parse.GetValue(revokedName)!)) return ExitCodes.Ok;
            Console.Error.WriteLine($"pcapsearch apikey revoke: there is no key named '{parse.GetValue(revokedName)}'.");
            return ExitCodes.Refused;
        });

        return new Command("apikey", "Manage the API keys of the data directory.") { create, list, revoke };
    }

    private static ApiKeyStore Keys(DirectoryInfo data) => new(new ApiOptions { DataDirectory = data.FullName }.ApiKeysFile);
}

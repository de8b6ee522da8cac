using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using PcapSearch.Testing;

namespace PcapSearch.Cli.Tests;

/// <summary>
/// docker-compose.yml cannot be run here (no Docker engine): it is parsed as YAML (PyYAML, merge keys resolved as
/// Compose does) and every PcapSearch service is checked against the binary itself: its command is a verb, its
/// flags are ones that verb takes, its PCAPSEARCH_* variables are ones the binary documents as read.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(TestCorpus.Root, "..", ".."));

    private static JsonElement Compose()
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { "-c", "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)", Path.Combine(RepositoryRoot, "docker-compose.yml") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var python = Process.Start(start)!;
        string json = python.StandardOutput.ReadToEnd();
        string errors = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, "docker-compose.yml does not parse: " + errors);
        return JsonDocument.Parse(json).RootElement;
    }

    private static IEnumerable<(string Name, JsonElement Service)> RoleServices() =>
        Compose().GetProperty("services").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("image", out var image) && image.GetString() == "pcapsearch:local")
            .Select(s => (s.Name, s.Value));

    [Fact]
    public void Compose_runs_the_infrastructure_and_every_scale_out_role()
    {
        var services = Compose().GetProperty("services").EnumerateObject().Select(s => s.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "elasticsearch", "kibana", "rabbitmq", "minio", "api", "worker", "watch" }, services);
        Assert.Equal(["api", "watch", "worker"], RoleServices().Select(r => r.Name).Order());
        foreach (var (_, service) in RoleServices())
        {
            string dockerfile = service.GetProperty("build").GetProperty("dockerfile").GetString()!;
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, dockerfile)), dockerfile);
        }
    }

    [Fact]
    public void Every_role_runs_a_verb_with_flags_and_variables_the_binary_takes()
    {
        string rootHelp = CliProcess.Run("--help").Stdout;
        foreach (var (name, service) in RoleServices())
        {
            var command = service.GetProperty("command").EnumerateArray().Select(a => a.GetString()!).ToList();
            var help = CliProcess.Run(command[0], "--help");
            Assert.True(help.ExitCode == 0, $"{name}: `pcapsearch {command[0]}` is no verb: {help.Stderr}");
            foreach (string flag in command.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
            {
                Assert.True(help.Stdout.Contains(flag, StringComparison.Ordinal), $"{name}: `pcapsearch {command[0]}` takes no {flag}");
            }
            foreach (var variable in service.GetProperty("environment").EnumerateObject().Select(v => v.Name).Where(v => v.StartsWith("PCAPSEARCH_", StringComparison.Ordinal)))
            {
                Assert.True(Documented(variable, rootHelp) || Documented(variable, help.Stdout), $"{name}: the binary documents no {variable}");
            }
        }
    }

    private static bool Documented(string variable, string help) => Regex.IsMatch(help, $@"\b{variable}\b");
}

namespace PcapSearch.Cli.Tests;

/// <summary>
/// The native build of the verbs that ./pcapsearch runs for `flows` (services/PcapSearch.Cli.Native). tests/run.sh
/// publishes it and names it in <see cref="Variable"/>; without that variable, the launcher's build in .build/native,
/// when there is one.
/// </summary>
public static class NativeCli
{
    public const string Variable = "PCAPSEARCH_NATIVE_CLI";

    /// <summary>The executable, or null when there is none to test (<see cref="SkipReason"/> says why).</summary>
    public static string? Executable { get; } = Find();

    public static string SkipReason =>
        $"No native build of the verbs: {Variable} is not set (tests/run.sh sets it) and .build/native holds none (./pcapsearch flows makes it).";

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : throw new FileNotFoundException($"{Variable} names {named}, which does not exist.");
        }
        string root = Path.GetFullPath(Path.Combine(Testing.TestCorpus.Root, "..", ".."));
        string built = Path.Combine(root, ".build", "native", "pcapsearch");
        return File.Exists(built) ? built : null;
    }
}

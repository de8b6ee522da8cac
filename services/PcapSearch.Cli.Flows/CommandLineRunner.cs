using System.CommandLine;

namespace PcapSearch.Cli;

/// <summary>How a pcapsearch executable runs its verbs: the CLI and the native build of <c>flows</c> alike.</summary>
public static class CommandLineRunner
{
    /// <summary>
    /// Parses and runs <paramref name="args"/>. An argument starting with @ is a file name (or a field such as
    /// "@timestamp"), never a response file. Arguments the parser refuses (an unknown option, a bad value) exit with
    /// <see cref="ExitCodes.Refused"/>, as every other refused input does, after the parser's message and help.
    /// </summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        int exit = parse.Invoke();
        return parse.Errors.Count > 0 ? ExitCodes.Refused : exit;
    }
}

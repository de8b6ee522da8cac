namespace PcapSearch.Ingest;

/// <summary>The file name a capture arrives under is a label, never a path: no directories, no <c>..</c>, nothing absolute.</summary>
public static class CaptureNames
{
    private const int MaxLength = 255;

    /// <exception cref="IntakeRefusedException">The name is empty, too long, or has path parts.</exception>
    public static void Check(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string? problem = name switch
        {
            "" => "an empty name",
            "." or ".." => "a directory name",
            _ when name.Length > MaxLength => $"longer than {MaxLength} characters",
            _ when name.IndexOfAny(['/', '\\']) >= 0 || Path.IsPathRooted(name) => "path parts (a capture's name must be a plain file name)",
            _ when name.Any(char.IsControl) => "control characters",
            _ => null,
        };
        if (problem != null) throw new IntakeRefusedException($"refused name \"{Printable(name)}\": {problem}");
    }

    private static string Printable(string name) =>
        new(name.Take(80).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}

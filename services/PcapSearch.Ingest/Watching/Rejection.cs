namespace PcapSearch.Ingest.Watching;

/// <summary>
/// Moves a file the intake refused to <c>WATCH/.rejected/</c> (keeping its subfolder), with
/// <c>NAME.reason.txt</c> beside it saying why. Nothing is ever deleted; a name already taken there gets a number.
/// </summary>
internal static class Rejection
{
    public const string FolderName = ".rejected";

    /// <returns>Where the file now is.</returns>
    public static string Reject(string watchRoot, string path, string reason, DateTimeOffset now)
    {
        string relative = Path.GetRelativePath(watchRoot, path);
        string target = FreeName(Path.Combine(watchRoot, FolderName, relative));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(path, target, overwrite: false);
        File.WriteAllText(target + ".reason.txt",
            $"{reason}\nfile: {path}\nrejected: {now.UtcDateTime:O}\n");
        return target;
    }

    private static string FreeName(string wanted)
    {
        string directory = Path.GetDirectoryName(wanted)!;
        string stem = Path.GetFileNameWithoutExtension(wanted);
        string extension = Path.GetExtension(wanted);
        string candidate = wanted;
        for (int n = 2; File.Exists(candidate) || File.Exists(candidate + ".reason.txt"); n++)
        {
            candidate = Path.Combine(directory, $"{stem} ({n}){extension}");
        }
        return candidate;
    }
}

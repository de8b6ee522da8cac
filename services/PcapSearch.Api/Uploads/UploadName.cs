namespace PcapSearch.Api.Uploads;

/// <summary>
/// The file name an upload arrived under, taken only as a plain name: a name with directory parts
/// (<c>../x.pcap</c>, <c>a/b.pcap</c>, <c>C:\x.pcap</c>), control characters, or nothing at all is refused,
/// never silently shortened, so the catalog holds what the user sent or nothing.
/// </summary>
public static class UploadName
{
    public const int MaxLength = 255;

    public static string Check(string? name)
    {
        if (string.IsNullOrEmpty(name)) throw UploadRefusedException.BadRequest("The file part has no file name.");
        if (name.Length > MaxLength) throw UploadRefusedException.BadRequest($"The file name is longer than {MaxLength} characters.");
        if (name.AsSpan().IndexOfAny('/', '\\') >= 0 || name is "." or ".." || (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])))
        {
            throw UploadRefusedException.BadRequest($"The file name '{name}' has path parts; send the file's name alone.");
        }
        if (name.Any(char.IsControl)) throw UploadRefusedException.BadRequest("The file name holds control characters.");
        return name;
    }
}

using Microsoft.AspNetCore.Http;

namespace PcapSearch.Api.Uploads;

/// <summary>An upload the API refuses before the intake sees it: a name with path parts, no file part, too many bytes.</summary>
public sealed class UploadRefusedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public static UploadRefusedException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}

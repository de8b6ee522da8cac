using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PcapSearch.Ingest;
using PcapSearch.Store;

namespace PcapSearch.Api.Uploads;

/// <summary>
/// Reads a multipart/form-data upload part by part and hands each file part's body, as it arrives, to the
/// intake: nothing is buffered in memory or in a form collection, so a 10 GB capture costs no more memory
/// than a small one. The request may carry at most <see cref="ApiOptions.MaxUploadBytes"/> (Kestrel enforces
/// it while reading; a declared Content-Length over it is refused before reading).
/// </summary>
public static class CaptureUpload
{
    public const string Source = "upload";

    public static async Task<IReadOnlyList<CaptureRecord>> ReceiveAsync(HttpRequest request, ICaptureIntake intake, long maxBytes, CancellationToken cancellation)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        if (request.ContentLength > maxBytes)
        {
            throw new UploadRefusedException(StatusCodes.Status413PayloadTooLarge, $"The upload is {request.ContentLength} bytes; the limit is {maxBytes} (PCAPSEARCH_MAX_UPLOAD_BYTES).");
        }
        var reader = new MultipartReader(Boundary(request.ContentType), request.Body);
        var records = new List<CaptureRecord>();
        while (await reader.ReadNextSectionAsync(cancellation) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()) continue;
            string? raw = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            string name = UploadName.Check(raw);
            records.Add(await intake.SubmitAsync(section.Body, name, Source, cancellation));
        }
        if (records.Count == 0) throw UploadRefusedException.BadRequest("The upload has no file part (send the capture as a multipart/form-data file).");
        return records;
    }

    private static string Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRefusedException(StatusCodes.Status415UnsupportedMediaType, "Send the capture as multipart/form-data with a file part.");
        }
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary);
        if (boundary.Length is 0 or > 70) throw UploadRefusedException.BadRequest("The multipart boundary is missing or longer than 70 characters.");
        return boundary.Value!;
    }
}

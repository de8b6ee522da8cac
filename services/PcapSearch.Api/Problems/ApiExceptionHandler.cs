using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PcapSearch.Api.Uploads;
using PcapSearch.Capture;
using PcapSearch.Ingest;
using PcapSearch.Query;
using PcapSearch.Store;

namespace PcapSearch.Api.Problems;

/// <summary>
/// Turns the refusals the layers below throw into RFC 9457 problem details: a malformed query is 400 with its
/// column and what was expected there, a query the store cannot answer is 400, an upload over the limit is 413,
/// an upload that is no packet capture 422 with what it looked like.
/// Anything else stays a 500 without internals.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem is null || context.Response.HasStarted) return ValueTask.FromResult(false);
        context.Response.StatusCode = problem.Status!.Value;
        return problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? Describe(Exception exception) => exception switch
    {
        KqlSyntaxException kql => KqlProblem(kql),
        FlowQueryException query => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The store cannot answer this query", Detail = query.Message },
        UploadRefusedException upload => new ProblemDetails { Status = upload.StatusCode, Title = "Upload refused", Detail = upload.Message },
        CaptureRefusedException notCapture => new ProblemDetails { Status = StatusCodes.Status422UnprocessableEntity, Title = "Upload refused", Detail = notCapture.Message },
        IntakeRefusedException intake => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Upload refused", Detail = intake.Message },
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "Upload refused",
            Detail = "The request is larger than the upload limit (PCAPSEARCH_MAX_UPLOAD_BYTES).",
        },
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
        _ => null,
    };

    private static ProblemDetails KqlProblem(KqlSyntaxException kql)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Malformed KQL",
            Detail = $"{kql.ShortMessage.TrimEnd('.')} at column {kql.Column}.",
        };
        problem.Extensions["column"] = kql.Column;
        problem.Extensions["expected"] = kql.Expected;
        problem.Extensions["found"] = kql.Found;
        problem.Extensions["query"] = kql.Query;
        problem.Extensions["caret"] = kql.CaretLine;
        return problem;
    }
}

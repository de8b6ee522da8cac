using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using PcapSearch.Api.SavedObjects;

namespace PcapSearch.Api.Endpoints;

/// <summary>Saved searches and dashboards: create, list, read, replace, delete.</summary>
public static class SavedObjectEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/saved-objects");
        group.MapGet("/", List).WithName("savedObjects").WithSummary("Every saved object, or those of one type (search, dashboard), by title.");
        group.MapGet("/{id}", Get).WithName("savedObject").WithSummary("One saved object.");
        group.MapPost("/", Create).WithName("createSavedObject").WithSummary("Save a search or a dashboard; the answer carries its new id.");
        group.MapPut("/{id}", Update).WithName("updateSavedObject").WithSummary("Replace a saved object's type, title and body.");
        group.MapDelete("/{id}", Delete).WithName("deleteSavedObject").WithSummary("Delete a saved object.");
    }

    /// <param name="type">search or dashboard; default: both.</param>
    private static Ok<IReadOnlyList<SavedObject>> List([FromQuery] string? type, [FromServices] SavedObjectStore store) =>
        TypedResults.Ok(store.List(string.IsNullOrEmpty(type) ? null : QueryList.Word("type", type, SavedObjectType.Search)));

    private static Results<Ok<SavedObject>, ProblemHttpResult> Get(string id, [FromServices] SavedObjectStore store) =>
        store.Get(id) is { } saved ? TypedResults.Ok(saved) : NoSuch(id);

    private static Results<Created<SavedObject>, ProblemHttpResult> Create(SavedObjectInput input, [FromServices] SavedObjectStore store, HttpRequest request)
    {
        if (input.Refusal() is { } refusal) return Invalid(refusal);
        var saved = store.Create(input);
        return TypedResults.Created($"{request.PathBase}/api/saved-objects/{saved.Id}", saved);
    }

    private static Results<Ok<SavedObject>, ProblemHttpResult> Update(string id, SavedObjectInput input, [FromServices] SavedObjectStore store)
    {
        if (input.Refusal() is { } refusal) return Invalid(refusal);
        return store.Update(id, input) is { } saved ? TypedResults.Ok(saved) : NoSuch(id);
    }

    private static Results<NoContent, ProblemHttpResult> Delete(string id, [FromServices] SavedObjectStore store) =>
        store.Delete(id) ? TypedResults.NoContent() : NoSuch(id);

    private static ProblemHttpResult Invalid(string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid saved object", detail: reason);

    private static ProblemHttpResult NoSuch(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such saved object", detail: $"There is no saved object '{id}'.");
}

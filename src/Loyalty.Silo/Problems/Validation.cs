using Loyalty.Domain.Programs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Silo.Problems;

/// <summary>
/// 400 answers naming the offending field as a JSON path (<c>$.amount</c>, <c>$.lines[2].sku</c>),
/// the same shape the silo uses for malformed bodies, so clients parse one format.
/// </summary>
public static class Validation
{
    /// <summary>A validation problem for one field.</summary>
    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A validation problem for several fields at once.</summary>
    public static ValidationProblem Problem(IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors);

    /// <summary>The JSON path of a top-level property, for <see cref="Problem(string, string)"/>.</summary>
    public static string Field(string property) => "$." + property;

    /// <summary>A 422 for a definition the domain refused, each error under its field's JSON path.</summary>
    public static IResult Unprocessable(IEnumerable<ValidationError> errors, string detail)
    {
        var byField = errors
            .GroupBy(error => "$." + error.Path)
            .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray());
        return Results.ValidationProblem(byField, detail, statusCode: StatusCodes.Status422UnprocessableEntity);
    }
}

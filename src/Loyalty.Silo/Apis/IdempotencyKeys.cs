using System.Text.RegularExpressions;
using Loyalty.Silo.Problems;

namespace Loyalty.Silo.Apis;

/// <summary>
/// The request's idempotency key, as Stripe takes it: the body's <c>transactionId</c>, or the
/// <c>Idempotency-Key</c> header when the body has none. Both given and different is a client error.
/// </summary>
internal static partial class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    /// <summary>Resolves the key, or returns the problem that explains why there is none.</summary>
    public static bool TryResolve(string? fromBody, HttpRequest request, out string key, out IResult problem)
    {
        var fromHeader = request.Headers[Header].ToString();
        key = string.IsNullOrEmpty(fromBody) ? fromHeader : fromBody;
        problem = Results.Empty;
        if (!string.IsNullOrEmpty(fromBody) && !string.IsNullOrEmpty(fromHeader) && fromBody != fromHeader)
        {
            problem = Validation.Problem(Validation.Field("transactionId"), $"Differs from the {Header} header; send one key.");
            return false;
        }

        if (!Ids.IsValid(key))
        {
            problem = Validation.Problem(Validation.Field("transactionId"), $"A transaction id (or {Header} header) is required: {Ids.Rule}.");
            return false;
        }

        return true;
    }
}

/// <summary>The shape every id in the API must have.</summary>
internal static partial class Ids
{
    public const string Rule = "1 to 100 letters, digits or . _ : -";

    public static bool IsValid(string? id) => id is { Length: > 0 and <= 100 } && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9._:-]+$")]
    private static partial Regex Pattern();
}

using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Members;

/// <summary>Refuses malformed purchases before they reach the rules, naming the bad field.</summary>
internal static class PurchaseValidator
{
    /// <summary>Largest purchase accepted; keeps integer cashback arithmetic (millionths of a cent) far from overflow.</summary>
    private const decimal MaxTotal = 1_000_000_000m;

    /// <summary>How far a till's clock may run ahead of ours.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static Rejection? Check(Purchase? purchase, string currency, DateTimeOffset now)
    {
        if (purchase is null)
        {
            return Invalid("A purchase is required.", "purchase");
        }

        if (purchase.Currency != currency)
        {
            return new Rejection(RejectionCode.CurrencyMismatch, $"The program runs in {currency}, not '{purchase.Currency}'.", "purchase.currency");
        }

        if (purchase.OccurredAt > now + ClockSkew)
        {
            return Invalid("The purchase lies in the future.", "purchase.occurredAt");
        }

        if (string.IsNullOrWhiteSpace(purchase.StoreId) || string.IsNullOrWhiteSpace(purchase.Channel))
        {
            return Invalid("Store and channel are required.", string.IsNullOrWhiteSpace(purchase.StoreId) ? "purchase.storeId" : "purchase.channel");
        }

        if (purchase.Lines is not { Count: > 0 })
        {
            return Invalid("A purchase needs at least one line.", "purchase.lines");
        }

        var lineIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < purchase.Lines.Count; i++)
        {
            if (LineProblem(purchase.Lines[i], lineIds, currency) is { } problem)
            {
                return Invalid(problem.Message, problem.Field.Length == 0 ? $"purchase.lines[{i}]" : $"purchase.lines[{i}].{problem.Field}");
            }
        }

        return purchase.Lines.Sum(line => line.Amount) <= MaxTotal
            ? null
            : Invalid($"A purchase may total at most {MaxTotal}.", "purchase.lines");
    }

    private static (string Field, string Message)? LineProblem(PurchaseLine? line, HashSet<string> lineIds, string currency) => line switch
    {
        null => (string.Empty, "Must not be null."),
        { LineId: null or "" } => ("lineId", "Is required."),
        _ when !lineIds.Add(line.LineId) => ("lineId", "Must be unique within the purchase."),
        { Sku: null or "" } => ("sku", "Is required."),
        { Category: null } => ("category", "Is required."),
        { Quantity: <= 0 } => ("quantity", "Must be positive."),
        { Amount: < 0 } => ("amount", "Must not be negative."),
        _ when decimal.Round(line.Amount, Currencies.MinorDigits(currency)) != line.Amount => ("amount", "Has more decimals than the currency."),
        _ => null,
    };

    private static Rejection Invalid(string message, string field) => new(RejectionCode.InvalidInput, message, field);
}

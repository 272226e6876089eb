namespace Loyalty.Domain.Evaluation;

/// <summary>
/// Per-line scratch arrays of the rounding step, kept with the evaluator's working memory. Reusing them instead
/// of stack buffers spares clearing them on every purchase, and lets the runtime tier up and profile the rounding
/// (methods that stackalloc are compiled once, without profile data).
/// </summary>
internal sealed class RoundingScratch
{
    private decimal[] exact = new decimal[8];
    private long[] points = new long[8];
    private long[] cashback = new long[8];
    private long[] discount = new long[8];
    private long[] micro = new long[8];

    public Span<decimal> Exact(int count) => exact.AsSpan(0, count);

    public Span<long> Points(int count) => points.AsSpan(0, count);

    public Span<long> Cashback(int count) => cashback.AsSpan(0, count);

    public Span<long> Discount(int count) => discount.AsSpan(0, count);

    public Span<long> Micro(int count) => micro.AsSpan(0, count);

    /// <summary>Grows the arrays to <paramref name="count"/> lines; their contents are left to the caller.</summary>
    public void EnsureLines(int count)
    {
        if (exact.Length < count)
        {
            exact = new decimal[count];
            (points, cashback, discount, micro) = (new long[count], new long[count], new long[count], new long[count]);
        }
    }
}

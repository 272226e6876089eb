namespace Loyalty.Runtime.Postgres;

/// <summary>
/// The appends of one group commit. It takes at most one append per grain: a second append of the
/// same grain waits for the next batch, so within a transaction no two appends compete for a
/// sequence and each grain's outcome is simply that of its one append.
/// </summary>
internal sealed class JournalBatch(int maxRows)
{
    private readonly List<PendingAppend> _appends = [];
    private readonly HashSet<string> _grains = new(StringComparer.Ordinal);

    public IReadOnlyList<PendingAppend> Appends => _appends;

    public int Rows { get; private set; }

    public bool IsFull => Rows >= maxRows;

    public bool IsEmpty => _appends.Count == 0;

    /// <summary>Adds the append unless its grain already has one in this batch.</summary>
    public bool TryAdd(PendingAppend pending)
    {
        if (!_grains.Add(pending.GrainKey))
        {
            return false;
        }

        _appends.Add(pending);
        Rows += pending.Append.Events.Count;
        return true;
    }
}

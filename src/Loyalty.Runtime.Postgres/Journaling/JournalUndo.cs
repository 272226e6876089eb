namespace Loyalty.Runtime.Postgres;

/// <summary>The rows a batch takes back before COMMIT, and the duplicate keys whose stored records it reads.</summary>
internal sealed class JournalUndo
{
    public List<string> EventGrains { get; } = [];
    public List<long> Sequences { get; } = [];
    public List<string> KeyGrains { get; } = [];
    public List<string> Keys { get; } = [];
    public List<string> DuplicateGrains { get; } = [];
    public List<string> DuplicateKeys { get; } = [];

    public void AddEvents(string grain, IEnumerable<long> sequences)
    {
        foreach (var sequence in sequences)
        {
            EventGrains.Add(grain);
            Sequences.Add(sequence);
        }
    }

    public void AddKey(string grain, string key)
    {
        KeyGrains.Add(grain);
        Keys.Add(key);
    }

    public void AddDuplicate(string grain, string key)
    {
        DuplicateGrains.Add(grain);
        DuplicateKeys.Add(key);
    }
}

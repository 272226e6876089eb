using Loyalty.Runtime.Journaling;

namespace Loyalty.Runtime.Postgres.Tests.Journaling;

public sealed class InMemoryEventJournalContractTests : EventJournalContractTests
{
    private readonly InMemoryEventJournal _journal = new();

    protected override Task<IEventJournal> JournalAsync() => Task.FromResult<IEventJournal>(_journal);
}

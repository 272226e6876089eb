using Loyalty.Runtime.Journaling;

namespace Loyalty.Runtime.Postgres.Tests.Journaling;

/// <summary>The contract through the group-commit writer, with a delay long enough that concurrent appends share batches.</summary>
public sealed class GroupCommittedJournalContractTests(GroupCommittedJournalContractTests.Database database)
    : EventJournalContractTests, IClassFixture<GroupCommittedJournalContractTests.Database>, IAsyncDisposable
{
    public sealed class Database(Loyalty.Testing.Postgres.PostgresServer server) : MigratedDatabase(server);

    private PostgresEventJournal? _journal;

    protected override async Task<IEventJournal> JournalAsync() =>
        _journal ??= new PostgresEventJournal(await database.SharedAsync(), new PostgresJournalOptions { MaxDelay = TimeSpan.FromMilliseconds(20) });

    public async ValueTask DisposeAsync()
    {
        if (_journal is not null)
        {
            await _journal.DisposeAsync();
        }
    }
}

/// <summary>The contract with one transaction per append, the path group commit is measured against.</summary>
public sealed class SingleCommitJournalContractTests(SingleCommitJournalContractTests.Database database)
    : EventJournalContractTests, IClassFixture<SingleCommitJournalContractTests.Database>
{
    public sealed class Database(Loyalty.Testing.Postgres.PostgresServer server) : MigratedDatabase(server);

    protected override async Task<IEventJournal> JournalAsync() =>
        new PostgresEventJournal(await database.SharedAsync(), new PostgresJournalOptions { GroupCommit = false });
}

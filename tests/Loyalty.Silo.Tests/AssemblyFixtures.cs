using Loyalty.Testing.Postgres;

[assembly: AssemblyFixture(typeof(PostgresServer))]

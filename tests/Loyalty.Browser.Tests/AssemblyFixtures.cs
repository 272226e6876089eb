using Loyalty.Browser.Tests.Infrastructure;
using Loyalty.Testing.Postgres;

[assembly: AssemblyFixture(typeof(PostgresServer))]
[assembly: AssemblyFixture(typeof(BrowserFixture))]

namespace Loyalty.Runtime.Postgres.Tests;

/// <summary>Fresh grain ids, so tests sharing a database never see each other's rows.</summary>
internal static class TestGrains
{
    public static GrainId New(string type = "member") => GrainId.Create(new GrainType(type), Guid.NewGuid());
}

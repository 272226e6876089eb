using System.Text.Json;
using Loyalty.Domain.Members;
using Loyalty.Domain.Serialization;

namespace Loyalty.Domain.Tests.Support;

/// <summary>States compared by their JSON, since records holding collections compare by reference.</summary>
internal static class Snapshots
{
    public static string Of(MemberState state) => JsonSerializer.Serialize(state, DomainJsonContext.Default.MemberState);
}

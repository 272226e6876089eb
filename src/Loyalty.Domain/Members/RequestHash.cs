using System.Security.Cryptography;
using System.Text.Json;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Serialization;

namespace Loyalty.Domain.Members;

/// <summary>Fingerprint of a request body: SHA-256 (hex) of the command's canonical JSON.</summary>
public static class RequestHash
{
    /// <summary>The hash of <paramref name="command"/>; equal commands give equal hashes.</summary>
    public static string Of(MemberCommand command) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command, DomainJsonContext.Default.MemberCommand)));
}

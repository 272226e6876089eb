using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Challenges;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Serialization;

/// <summary>
/// Source-generated JSON for everything the domain persists or exchanges: program definitions, member
/// events (the journal), member state (snapshots) and commands. camelCase, enums as strings, nulls and
/// missing required values refused.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ProgramDefinition))]
[JsonSerializable(typeof(IMemberEvent))]
[JsonSerializable(typeof(IReadOnlyList<IMemberEvent>))]
[JsonSerializable(typeof(MemberState))]
[JsonSerializable(typeof(Lot[]))]
[JsonSerializable(typeof(ChallengeState))]
[JsonSerializable(typeof(MemberCommand))]
[JsonSerializable(typeof(CommandResult))]
[JsonSerializable(typeof(CampaignDefinition))]
public sealed partial class DomainJsonContext : JsonSerializerContext;

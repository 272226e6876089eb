namespace Loyalty.Runtime.CodeGen.Models;

/// <summary>One parameter of a grain method: its global-qualified type, nullability included.</summary>
internal sealed record GrainParameterModel(string Type);

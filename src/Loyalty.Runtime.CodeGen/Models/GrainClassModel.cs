namespace Loyalty.Runtime.CodeGen.Models;

/// <summary>
/// A grain class and the C# expressions (over the activation context <c>ctx</c>) that produce each
/// argument of its chosen constructor.
/// </summary>
internal sealed record GrainClassModel(string GlobalName, EquatableArray<string> ConstructorArguments);

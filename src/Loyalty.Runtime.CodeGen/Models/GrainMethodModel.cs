namespace Loyalty.Runtime.CodeGen.Models;

/// <summary>How a grain method hands back its completion.</summary>
internal enum ReturnShape
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}

/// <summary>
/// One grain method as the emitters need it. <paramref name="DeclaringInterface"/> is the interface that
/// declares the method (a base interface for inherited methods); <paramref name="ResultType"/> is null
/// for methods without a result. <paramref name="Identifier"/> is <paramref name="Name"/> as C# source
/// (<c>@checked</c> for <c>checked</c>).
/// </summary>
internal sealed record GrainMethodModel(
    string DeclaringInterface,
    string DeclaringInterfaceName,
    string Name,
    string Identifier,
    ReturnShape Shape,
    string? ResultType,
    EquatableArray<GrainParameterModel> Parameters,
    string Options,
    long? ResponseTimeoutTicks)
{
    public bool HasResult => Shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT;

    public bool ReturnsValueTask => Shape is ReturnShape.ValueTask or ReturnShape.ValueTaskOfT;
}

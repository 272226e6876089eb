using Microsoft.CodeAnalysis;

namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>Writes the expression that supplies one grain constructor argument from the activation context <c>ctx</c>.</summary>
internal static class ConstructorArgumentWriter
{
    private const string Services = "ctx.ActivationServices";
    private const string ServiceExtensions = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions";
    private const string KeyedServiceExtensions = "global::Microsoft.Extensions.DependencyInjection.ServiceProviderKeyedServiceExtensions";

    public static string Expression(IParameterSymbol parameter)
    {
        var type = parameter.Type.ToGlobalName();

        if (parameter.FindAttribute(KnownNames.PersistentStateAttribute) is { ConstructorArguments.Length: > 0 } persistentState
            && parameter.Type is INamedTypeSymbol stateInterface
            && stateInterface.IsNamed(KnownNames.PersistentStateInterface))
        {
            var arguments = persistentState.ConstructorArguments;
            var storageName = arguments.Length > 1 ? ConstantWriter.Write(arguments[1]) : "null";
            return $"global::Loyalty.Runtime.PersistentStateFactory.Create<{stateInterface.TypeArguments[0].ToGlobalName()}>(ctx, "
                + $"{ConstantWriter.Write(arguments[0])}, {storageName})";
        }

        if (parameter.Type.IsNamed(KnownNames.GrainContext))
        {
            return "ctx";
        }

        if (parameter.FindAttribute(KnownNames.FromKeyedServicesAttribute) is { ConstructorArguments.Length: 1 } keyed)
        {
            return $"{KeyedServiceExtensions}.GetRequiredKeyedService<{type}>({Services}, {ConstantWriter.Write(keyed.ConstructorArguments[0])})";
        }

        if (!parameter.HasExplicitDefaultValue)
        {
            return $"{ServiceExtensions}.GetRequiredService<{type}>({Services})";
        }

        var fallback = ConstantWriter.Write(parameter.Type, parameter.ExplicitDefaultValue);
        return parameter.Type.IsValueType
            ? $"({Services}.GetService(typeof({type.TrimEnd('?')})) as {type.TrimEnd('?')}?) ?? {fallback}"
            : parameter.ExplicitDefaultValue is null
                ? $"{ServiceExtensions}.GetService<{type.TrimEnd('?')}>({Services})"
                : $"{ServiceExtensions}.GetService<{type.TrimEnd('?')}>({Services}) ?? {fallback}";
    }
}

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
        // The service APIs constrain their type argument to non-null types.
        var service = parameter.Type.ToNonNullableGlobalName();

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
            return $"{KeyedServiceExtensions}.GetRequiredKeyedService<{service}>({Services}, {ConstantWriter.Write(keyed.ConstructorArguments[0])})";
        }

        if (!parameter.HasExplicitDefaultValue)
        {
            // A nullable reference parameter declares the dependency optional.
            return parameter.Type is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.Annotated }
                ? $"{ServiceExtensions}.GetService<{service}>({Services})"
                : $"{ServiceExtensions}.GetRequiredService<{service}>({Services})";
        }

        var fallback = ConstantWriter.Write(parameter.Type, parameter.ExplicitDefaultValue);
        if (parameter.Type.IsValueType)
        {
            var valueType = service.TrimEnd('?');
            return $"({Services}.GetService(typeof({valueType})) as {valueType}?) ?? {fallback}";
        }

        return parameter.ExplicitDefaultValue is null
            ? $"{ServiceExtensions}.GetService<{service}>({Services})"
            : $"{ServiceExtensions}.GetService<{service}>({Services}) ?? {fallback}";
    }
}

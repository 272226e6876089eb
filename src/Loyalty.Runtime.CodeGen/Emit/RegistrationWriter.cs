using System.Text;
using Loyalty.Runtime.CodeGen.Models;

namespace Loyalty.Runtime.CodeGen.Emit;

/// <summary>
/// Writes the module initializer that registers the assembly's proxies and grain activators with
/// <c>GrainTypeManifest</c>, so the runtime finds them without scanning or reflection.
/// </summary>
internal static class RegistrationWriter
{
    public static string Write(EquatableArray<RegisteredInterface> interfaces, EquatableArray<GrainClassModel> grainClasses)
    {
        var code = new StringBuilder(GeneratedCode.Header);
        code.AppendLine("// Registering on load is the point of this initializer, so the library-usage warning does not apply.");
        code.AppendLine("#pragma warning disable CA2255");
        code.AppendLine();
        code.AppendLine(GeneratedCode.GeneratedCodeAttribute);
        code.AppendLine("internal static class GrainRegistration");
        code.AppendLine("{");
        code.AppendLine("    [global::System.Runtime.CompilerServices.ModuleInitializer]");
        code.AppendLine("    internal static void Register()");
        code.AppendLine("    {");
        foreach (var grainInterface in interfaces)
        {
            code.AppendLine($"        {GeneratedCode.Invocation}.GrainTypeManifest.AddInterface<{grainInterface.GlobalName}>(");
            code.AppendLine($"            static (invoker, id) => new global::{GeneratedCode.Namespace}.{grainInterface.ProxyName}(invoker, id));");
        }

        foreach (var grainClass in grainClasses)
        {
            code.AppendLine($"        {GeneratedCode.Invocation}.GrainTypeManifest.AddGrainClass<{grainClass.GlobalName}>(");
            const string ArgumentIndent = "\n                ";
            var arguments = grainClass.ConstructorArguments.IsEmpty
                ? string.Empty
                : ArgumentIndent + string.Join("," + ArgumentIndent, grainClass.ConstructorArguments);
            code.AppendLine($"            static ctx => new {grainClass.GlobalName}({arguments}));");
        }

        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }
}

using System.Linq;
using System.Text;
using Loyalty.Runtime.CodeGen.Models;

namespace Loyalty.Runtime.CodeGen.Emit;

/// <summary>
/// Writes the proxy of one grain interface: a <c>GrainReference</c> that implements every method
/// explicitly (so same-named methods of two base interfaces never clash) by sending a request.
/// </summary>
internal static class ProxyWriter
{
    public static string Write(GrainInterfaceModel grainInterface)
    {
        var code = new StringBuilder(GeneratedCode.Header);
        code.AppendLine();
        code.AppendLine($"/// <summary>Generated reference to <see cref=\"{grainInterface.GlobalName}\"/>.</summary>");
        code.AppendLine(GeneratedCode.GeneratedCodeAttribute);
        code.AppendLine($"internal sealed class {grainInterface.ProxyName}(");
        code.AppendLine($"    {GeneratedCode.Invocation}.IGrainCallInvoker invoker, global::Loyalty.Runtime.GrainId grainId)");
        code.AppendLine($"    : {GeneratedCode.Invocation}.GrainReference(invoker, grainId), {grainInterface.GlobalName}");
        code.AppendLine("{");

        var methods = grainInterface.Methods.Items;
        for (var index = 0; index < methods.Length; index++)
        {
            WriteMethod(code, methods[index], index);
            code.AppendLine();
            RequestWriter.Write(code, methods[index], index);
            if (index < methods.Length - 1)
            {
                code.AppendLine();
            }
        }

        code.AppendLine("}");
        return code.ToString();
    }

    private static void WriteMethod(StringBuilder code, GrainMethodModel method, int index)
    {
        var parameters = string.Join(", ", method.Parameters.Select((parameter, i) => $"{parameter.Type} arg{i}"));
        var initializer = method.Parameters.IsEmpty
            ? "()"
            : $" {{ {string.Join(", ", method.Parameters.Select((_, i) => $"Arg{i} = arg{i}"))} }}";
        var send = method.HasResult
            ? $"Invoker.InvokeAsync<{method.ResultType}>(this, request)"
            : "Invoker.InvokeAsync(this, request)";

        code.AppendLine($"    {ReturnType(method)} {method.DeclaringInterface}.{method.Identifier}({parameters})");
        code.AppendLine("    {");
        code.AppendLine($"        var request = new {RequestWriter.ClassName(method, index)}{initializer};");
        code.AppendLine($"        return {(method.ReturnsValueTask ? $"new {ReturnType(method)}({send})" : send)};");
        code.AppendLine("    }");
    }

    private static string ReturnType(GrainMethodModel method) => method.Shape switch
    {
        ReturnShape.Task => $"{GeneratedCode.Tasks}.Task",
        ReturnShape.TaskOfT => $"{GeneratedCode.Tasks}.Task<{method.ResultType}>",
        ReturnShape.ValueTask => $"{GeneratedCode.Tasks}.ValueTask",
        _ => $"{GeneratedCode.Tasks}.ValueTask<{method.ResultType}>",
    };
}

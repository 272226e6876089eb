using System.Globalization;
using System.Linq;
using System.Text;
using Loyalty.Runtime.CodeGen.Models;

namespace Loyalty.Runtime.CodeGen.Emit;

/// <summary>Writes the request class of one method: its arguments as fields and one interface call.</summary>
internal static class RequestWriter
{
    public static string ClassName(GrainMethodModel method, int index) =>
        string.Format(CultureInfo.InvariantCulture, "{0}Request{1}", method.Name, index);

    public static void Write(StringBuilder code, GrainMethodModel method, int index)
    {
        var baseType = method.HasResult
            ? $"{GeneratedCode.Invocation}.GrainRequest<{method.ResultType}>"
            : $"{GeneratedCode.Invocation}.GrainRequest";
        var timeout = method.ResponseTimeoutTicks is { } ticks
            ? string.Format(CultureInfo.InvariantCulture, "global::System.TimeSpan.FromTicks({0})", ticks)
            : "null";

        code.AppendLine($"    internal sealed class {ClassName(method, index)} : {baseType}");
        code.AppendLine("    {");
        code.AppendLine($"        private static readonly {GeneratedCode.Invocation}.GrainMethod Descriptor =");
        code.AppendLine($"            new(\"{method.DeclaringInterfaceName}\", \"{method.Name}\", {method.Options}, {timeout});");
        code.AppendLine();
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            code.AppendLine($"        public {method.Parameters.Items[i].Type} Arg{i} = default!;");
        }

        if (!method.Parameters.IsEmpty)
        {
            code.AppendLine();
        }

        code.AppendLine($"        public override {GeneratedCode.Invocation}.GrainMethod Method => Descriptor;");
        code.AppendLine();
        code.AppendLine($"        protected override {InvokeReturnType(method)} InvokeAsync(object grain) =>");
        code.AppendLine($"            {AdaptToValueTask(method, InterfaceCall(method))};");
        code.AppendLine("    }");
    }

    private static string InvokeReturnType(GrainMethodModel method) =>
        method.HasResult ? $"{GeneratedCode.Tasks}.ValueTask<{method.ResultType}>" : $"{GeneratedCode.Tasks}.ValueTask";

    private static string InterfaceCall(GrainMethodModel method)
    {
        var arguments = string.Join(", ", Enumerable.Range(0, method.Parameters.Length).Select(i => $"Arg{i}"));
        return $"(({method.DeclaringInterface})grain).{method.Identifier}({arguments})";
    }

    private static string AdaptToValueTask(GrainMethodModel method, string call) =>
        method.ReturnsValueTask ? call : $"new {InvokeReturnType(method)}({call})";
}

using Microsoft.CodeAnalysis;

namespace Loyalty.Runtime.CodeGen.Tests;

public sealed class InvalidGrainInterfaceTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Loyalty.Runtime;

        """;

    [Fact]
    public void A_method_returning_a_plain_value_is_LOY001_at_the_method()
    {
        AssertSingleError("LOY001", "GetBalance", "public interface IBadGrain : IGrainWithStringKey { int GetBalance(); }");
    }

    [Fact]
    public void A_void_method_is_LOY001()
    {
        AssertSingleError("LOY001", "Touch", "public interface IBadGrain : IGrainWithGuidKey { void Touch(); }");
    }

    [Theory]
    [InlineData("Action callback")]
    [InlineData("Func<int> callback")]
    [InlineData("Delegate callback")]
    [InlineData("int* callback")]
    [InlineData("delegate*<void> callback")]
    [InlineData("Span<byte> callback")]
    [InlineData("ReadOnlySpan<char> callback")]
    [InlineData("ref int callback")]
    [InlineData("out int callback")]
    [InlineData("in int callback")]
    [InlineData("ref readonly int callback")]
    [InlineData("Task callback")]
    [InlineData("ValueTask<int> callback")]
    [InlineData("Stream callback")]
    [InlineData("MemoryStream callback")]
    [InlineData("IntPtr callback")]
    [InlineData("nuint callback")]
    [InlineData("dynamic callback")]
    [InlineData("List<Action> callback")]
    [InlineData("Action[] callback")]
    public void A_parameter_that_cannot_cross_a_grain_boundary_is_LOY002_at_the_parameter(string parameter)
    {
        AssertSingleError("LOY002", "callback", $"public unsafe interface IBadGrain : IGrainWithIntegerKey {{ Task SendAsync({parameter}); }}");
    }

    [Theory]
    [InlineData("Task<Action>")]
    [InlineData("ValueTask<Stream>")]
    [InlineData("Task<Task<int>>")]
    public void A_result_that_cannot_cross_a_grain_boundary_is_LOY002_at_the_method(string returnType)
    {
        AssertSingleError("LOY002", "ReceiveAsync", $"public interface IBadGrain : IGrainWithStringKey {{ {returnType} ReceiveAsync(); }}");
    }

    [Fact]
    public void A_generic_method_is_LOY003()
    {
        AssertSingleError("LOY003", "GetAsync", "public interface IBadGrain : IGrainWithStringKey { Task<T> GetAsync<T>(); }");
    }

    [Fact]
    public void A_generic_grain_interface_is_LOY003_at_the_interface()
    {
        AssertSingleError("LOY003", "IBadGrain", "public interface IBadGrain<T> : IGrainWithStringKey { Task<T> GetAsync(); }");
    }

    [Fact]
    public void A_grain_interface_nested_in_a_generic_class_is_LOY003()
    {
        AssertSingleError("LOY003", "IBadGrain", "public static class Outer<T> { public interface IBadGrain : IGrainWithStringKey { Task PingAsync(); } }");
    }

    [Theory]
    [InlineData("int Balance { get; }", "Balance")]
    [InlineData("event EventHandler Changed;", "Changed")]
    [InlineData("int this[int index] { get; }", "this")]
    public void A_property_event_or_indexer_is_LOY004_at_the_member(string member, string name)
    {
        AssertSingleError("LOY004", name, $"public interface IBadGrain : IGrainObserver {{ {member} }}");
    }

    [Fact]
    public void A_one_way_method_with_a_result_is_LOY005()
    {
        AssertSingleError("LOY005", "NotifyAsync", "public interface IBadGrain : IGrainWithStringKey { [OneWay] Task<int> NotifyAsync(); }");
    }

    [Fact]
    public void An_unparsable_response_timeout_is_LOY006()
    {
        AssertSingleError("LOY006", "PingAsync", "public interface IBadGrain : IGrainWithStringKey { [ResponseTimeout(\"soon\")] Task PingAsync(); }");
    }

    [Fact]
    public void An_invalid_base_interface_is_reported_once_and_its_derived_interfaces_get_no_proxy()
    {
        var run = AssertSingleError(
            "LOY001",
            "GetBalance",
            "public interface IBadGrain : IGrainWithStringKey { int GetBalance(); }",
            "public interface IDerivedGrain : IBadGrain { Task PingAsync(); }");

        Assert.DoesNotContain(run.GeneratedFileNames, name => name.Contains("Derived", StringComparison.Ordinal));
    }

    /// <summary>
    /// Asserts the generator reports exactly one error, <paramref name="id"/>, pointing at
    /// <paramref name="memberName"/>, generates nothing for the invalid interface, and so leaves the
    /// compilation free of any other error.
    /// </summary>
    private static GeneratorRun AssertSingleError(string id, string memberName, params string[] declarations)
    {
        var source = Usings + string.Join(Environment.NewLine, declarations);
        var run = GeneratorHarness.Run(source);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(memberName, source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains(memberName, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratedFileNames, name => name.Contains("IBadGrain", StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems);
        return run;
    }
}

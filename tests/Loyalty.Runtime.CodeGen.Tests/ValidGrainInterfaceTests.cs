namespace Loyalty.Runtime.CodeGen.Tests;

public sealed class ValidGrainInterfaceTests
{
    [Fact]
    public void Generated_code_for_valid_grains_compiles_without_errors_or_warnings()
    {
        var run = GeneratorHarness.Run(ValidGrainSources.Interfaces, ValidGrainSources.Classes);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Every_grain_and_observer_interface_gets_a_proxy_and_nothing_else_does()
    {
        var run = GeneratorHarness.Run(ValidGrainSources.Interfaces);

        Assert.Equal(
            [
                "GrainRegistration.g.cs",
                "Sample_Members_ICampaignGrainProxy.g.cs",
                "Sample_Members_IMemberGrainProxy.g.cs",
                "Sample_Members_IMemberObserverProxy.g.cs",
                "Sample_Members_INamedGrainProxy.g.cs",
                "Sample_Members_IPartnerGrainProxy.g.cs",
                "Sample_Members_ISplitGrainProxy.g.cs",
                "Sample_Members_Outer_INested_1GrainProxy.g.cs",
            ],
            run.GeneratedFileNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Inherited_methods_are_sent_as_requests_of_the_interface_that_declares_them()
    {
        var proxy = GeneratorHarness.Run(ValidGrainSources.Interfaces).GeneratedSource("Sample_Members_IPartnerGrainProxy.g.cs");

        Assert.Contains("new(\"Sample.Members.INamedGrain\", \"GetNameAsync\"", proxy, StringComparison.Ordinal);
        Assert.Contains("new(\"Sample.Members.ICampaignGrain\", \"GetNameAsync\"", proxy, StringComparison.Ordinal);
        Assert.Contains("new(\"Sample.Members.IPartnerGrain\", \"CountAsync\"", proxy, StringComparison.Ordinal);
    }

    [Fact]
    public void Activators_supply_state_context_keyed_services_and_defaults_from_the_activation()
    {
        var registration = GeneratorHarness.Run(ValidGrainSources.Interfaces, ValidGrainSources.Classes)
            .GeneratedSource("GrainRegistration.g.cs");

        string[] expectedArguments =
        [
            "global::Loyalty.Runtime.PersistentStateFactory.Create<global::Sample.Members.MemberState>(ctx, \"member\", \"loyalty\")",
            "global::Loyalty.Runtime.PersistentStateFactory.Create<global::Sample.Members.MemberState>(ctx, \"audit\", null)",
            "ctx, ",
            "GetRequiredKeyedService<global::System.TimeProvider>(ctx.ActivationServices, \"clock\")",
            "GetRequiredService<global::System.IServiceProvider>(ctx.ActivationServices)",
            "GetService<global::System.ICustomFormatter>(ctx.ActivationServices),",
            "GetService<string>(ctx.ActivationServices) ?? \"member\"",
            "as global::Sample.Members.Region?) ?? (global::Sample.Members.Region)(1)",
            "as double?) ?? (double)(1.5)",
            "GetService<global::System.IFormatProvider>(ctx.ActivationServices))",
        ];
        Assert.All(expectedArguments, argument => Assert.Contains(argument, registration, StringComparison.Ordinal));
        Assert.Contains("AddGrainClass<global::Sample.Members.CampaignGrain>(", registration, StringComparison.Ordinal);
        // A partial grain class is registered once, not once per part.
        Assert.Equal(2, registration.Split("AddGrainClass<global::Sample.Members.SplitGrain>(").Length);
        Assert.DoesNotContain("GrainWithoutActivator>", registration, StringComparison.Ordinal);
    }
}

using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Programs;
using Loyalty.Domain.Programs.Rules;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Programs;

public sealed class ProgramDefinitionTests
{
    [Fact]
    public void The_example_program_loads_and_validates()
    {
        var program = ExamplePrograms.Default;

        Assert.Equal("acme-rewards", program.ProgramId);
        Assert.Empty(program.Validate());
        Assert.Equal(12, program.Rules.Count);
    }

    [Fact]
    public void A_program_survives_a_json_round_trip_unchanged()
    {
        var json = ProgramLoader.Save(ExamplePrograms.Default);

        var reloaded = ProgramLoader.Load(json);

        Assert.True(reloaded.IsValid);
        Assert.Equal(json, ProgramLoader.Save(reloaded.Definition!));
    }

    [Fact]
    public void A_bad_percent_is_reported_with_the_path_of_its_field()
    {
        var rules = Enumerable.Range(0, 3).Select(i => TestPrograms.Always($"r{i}", new AddPointsEffect(1, null)))
            .Append(TestPrograms.Always("r3", new CashbackPercentEffect(150m, null)));
        var program = TestPrograms.Plain with { Rules = [.. rules] };

        var error = Assert.Single(program.Validate());

        Assert.Equal("rules[3].effects[0].percent", error.Path);
    }

    [Fact]
    public void A_percent_with_more_than_four_decimals_is_refused()
    {
        var program = TestPrograms.WithRules(TestPrograms.Always("r", new DiscountPercentEffect(2.00001m, null)));

        Assert.Equal("rules[0].effects[0].percent", Assert.Single(program.Validate()).Path);
    }

    [Fact]
    public void An_unknown_currency_is_refused_with_the_supported_list()
    {
        var error = Assert.Single((TestPrograms.Plain with { Currency = "eur" }).Validate());

        Assert.Equal("currency", error.Path);
        Assert.Contains("EUR, GBP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tier_thresholds_must_ascend_and_conditions_must_name_known_tiers()
    {
        var tiers = TestPrograms.Plain.Tiers with { Levels = [new("A", 0m, 1m, 0m, 0m), new("B", 0m, 1m, 0m, 0m)] };
        var program = TestPrograms.Plain with
        {
            Tiers = tiers,
            Rules = [TestPrograms.Rule("r", [new TierCondition(["Gold"])], new AddPointsEffect(1, null))],
        };

        var paths = program.Validate().Select(error => error.Path).ToArray();

        Assert.Equal(["tiers.levels[1].threshold", "rules[0].conditions[0].tiers[0]"], paths);
    }

    [Fact]
    public void An_unknown_condition_type_is_reported_where_it_occurs()
    {
        var json = ProgramLoader.Save(TestPrograms.WithRules(TestPrograms.Always("r", new AddPointsEffect(1, null))))
            .Replace("\"addPoints\"", "\"addMagic\"", StringComparison.Ordinal);

        var result = ProgramLoader.Load(json);

        Assert.False(result.IsValid);
        Assert.StartsWith("rules[0].effects[0]", Assert.Single(result.Errors).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_section_is_refused_on_load()
    {
        var json = ProgramLoader.Save(TestPrograms.Plain).Replace("\"bonuses\":{\"welcomePoints\":0,\"birthdayPoints\":0},", string.Empty, StringComparison.Ordinal);

        var result = ProgramLoader.Load(json);

        Assert.False(result.IsValid);
        Assert.Contains("bonuses", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiling_an_invalid_program_throws_with_every_error()
    {
        var exception = Assert.Throws<InvalidProgramDefinitionException>(() =>
            ProgramCompiler.Compile(TestPrograms.Plain with { Version = 0, TimeZone = "Mars/Olympus" }));

        Assert.Equal(["version", "timeZone"], exception.Errors.Select(error => error.Path));
    }
}

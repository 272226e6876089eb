using FsCheck;
using FsCheck.Fluent;
using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Tests.Properties;

public sealed class WholePartProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(2_000);

    // Any sign, mantissa from tiny to the full 96 bits, any scale: the integer fast path and the decimal fallback.
    private static readonly Arbitrary<decimal> Decimals =
        (from lo in Gen.Choose(int.MinValue, int.MaxValue)
         from mid in Gen.Elements(0, 1, 12_345, int.MaxValue, -1, int.MinValue)
         from hi in Gen.Elements(0, 0, 0, 1, 77, int.MaxValue)
         from negative in Gen.Elements(false, true)
         from scale in Gen.Choose(0, 28)
         select new decimal(lo, mid, hi, negative, (byte)scale)).ToArbitrary();

    [Fact]
    public void Whole_part_is_the_decimal_truncated_to_a_long()
    {
        Check.One(Runs, Prop.ForAll(Decimals, value =>
        {
            var truncated = decimal.Truncate(value);
            if (truncated is < long.MinValue or > long.MaxValue)
            {
                Assert.Throws<OverflowException>(() => LargestRemainder.WholePart(value));
            }
            else
            {
                Assert.Equal((long)truncated, LargestRemainder.WholePart(value));
            }
        }));
    }
}

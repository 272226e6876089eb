namespace Loyalty.Grains;

/// <summary>Names of the storage the loyalty grains use.</summary>
public static class LoyaltyStorage
{
    /// <summary>The grain storage provider for program and campaign state.</summary>
    public const string Name = "loyalty";
}

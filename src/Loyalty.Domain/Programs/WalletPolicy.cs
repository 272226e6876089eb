namespace Loyalty.Domain.Programs;

/// <summary>How value in one wallet (points or cashback) becomes available and expires.</summary>
/// <param name="PendingDays">Days after earning before the value can be spent (the return window).</param>
/// <param name="ExpiryDays">Days after earning when a lot expires; null means it never expires.</param>
public sealed record WalletPolicy(int PendingDays, int? ExpiryDays);

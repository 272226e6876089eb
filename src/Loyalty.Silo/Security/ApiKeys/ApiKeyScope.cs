namespace Loyalty.Silo.Security.ApiKeys;

/// <summary>What a key may act for: a chain (optionally one of its stores) or a partner — never both.</summary>
/// <param name="ChainId">The retail chain, for till and web-shop keys.</param>
/// <param name="StoreId">One store of the chain, when the key is limited to it.</param>
/// <param name="PartnerId">The partner, for partner keys.</param>
public sealed record ApiKeyScope(string? ChainId, string? StoreId, string? PartnerId)
{
    /// <summary>A key for a whole chain, or for one store of it.</summary>
    public static ApiKeyScope ForChain(string chainId, string? storeId = null) => new(chainId, storeId, null);

    /// <summary>A key for a partner.</summary>
    public static ApiKeyScope ForPartner(string partnerId) => new(null, null, partnerId);

    /// <summary>Why this scope is not valid (as a field name and message), or <see langword="null"/> when it is.</summary>
    public (string Field, string Message)? Problem() => this switch
    {
        { ChainId: not null, PartnerId: not null } => ("partnerId", "A key is scoped to a chain or to a partner, not both."),
        { ChainId: null, PartnerId: null } => ("chainId", "A key needs a chainId or a partnerId."),
        { ChainId: null, StoreId: not null } => ("storeId", "A store scope needs its chainId."),
        _ when Blank(ChainId) || Blank(StoreId) || Blank(PartnerId) => ("chainId", "Scope ids must not be blank."),
        _ => null,
    };

    private static bool Blank(string? id) => id is not null && string.IsNullOrWhiteSpace(id);
}

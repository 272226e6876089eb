namespace Loyalty.Silo.Security;

/// <summary>Adds the route-scope check to endpoints whose routes name a chain, store, partner or member.</summary>
public static class RouteScopeExtensions
{
    /// <summary>
    /// Rejects with 403 a caller whose claims do not cover the route's <c>{chainId}</c>, <c>{storeId}</c>,
    /// <c>{partnerId}</c> or <c>{memberId}</c> (see <see cref="CallerScope"/>). Combine with
    /// <c>RequireAuthorization(policy)</c>; works on single routes and route groups.
    /// </summary>
    public static TBuilder RequireRouteScope<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new RouteScopeFilter());
}

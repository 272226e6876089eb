using System.Net;
using Loyalty.Silo.Security;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Tests.Infrastructure;

namespace Loyalty.Silo.Tests.Security;

/// <summary>
/// OWASP API1: a caller reaches only what its credentials cover. Out-of-scope routes answer 403, decided
/// from claims alone before any lookup, so the answer says nothing about whether the other member exists.
/// </summary>
public sealed class RouteScopeTests(ProbeHost host) : IClassFixture<ProbeHost>
{
    [Fact]
    public async Task A_member_reads_their_own_route()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/probe/members/m-1", bearer: Token(LoyaltyRoles.Member, "m-1")));
    }

    [Fact]
    public async Task A_member_cannot_read_another_members_route()
    {
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/probe/members/m-2", bearer: Token(LoyaltyRoles.Member, "m-1")));
    }

    [Fact]
    public async Task A_marketer_reads_any_members_staff_route_but_is_not_a_member()
    {
        var marketer = Token(LoyaltyRoles.Marketer, "mia");

        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/probe/staff/members/m-2", bearer: marketer));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/probe/members/m-2", bearer: marketer));
    }

    [Fact]
    public async Task A_member_cannot_use_a_staff_route_even_for_themselves()
    {
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/probe/staff/members/m-1", bearer: Token(LoyaltyRoles.Member, "m-1")));
    }

    [Fact]
    public async Task A_chain_key_acts_for_its_own_chain_only()
    {
        var key = await host.Services.KeyAsync(ApiKeyScope.ForChain("acme"));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/probe/chains/acme/", apiKey: key));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/probe/chains/globex/", apiKey: key));
    }

    [Fact]
    public async Task A_store_key_acts_for_its_own_store_only()
    {
        var key = await host.Services.KeyAsync(ApiKeyScope.ForChain("acme", "store-1"));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/probe/chains/acme/stores/store-1", apiKey: key));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/probe/chains/acme/stores/store-2", apiKey: key));
    }

    [Fact]
    public async Task A_partner_key_cannot_pass_as_a_till_and_acts_for_its_own_partner_only()
    {
        var key = await host.Services.KeyAsync(ApiKeyScope.ForPartner("fuel-co"));

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/probe/chains/acme/", apiKey: key));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/probe/partners/fuel-co", apiKey: key));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("/probe/partners/oil-co", apiKey: key));
    }

    [Fact]
    public async Task A_token_cannot_pass_the_till_policy()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync("/probe/chains/acme/", bearer: Token(LoyaltyRoles.Admin, "ops")));
    }

    private string Token(string role, string subject) => host.Services.Token(role, subject);

    private async Task<HttpStatusCode> StatusAsync(string path, string? bearer = null, string? apiKey = null)
    {
        using var request = Credentials.Get(path);
        if (bearer is not null)
        {
            request.WithBearer(bearer);
        }

        if (apiKey is not null)
        {
            request.WithApiKey(apiKey);
        }

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Loyalty.Silo.Apis;
using Loyalty.Silo.Security;
using Loyalty.Silo.Security.Tokens;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Tests.Security;

/// <summary>OWASP API2 for tokens: only valid, current tokens signed by this silo for this API get in.</summary>
public sealed class TokenAuthenticationTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>, IDisposable
{
    private readonly HttpClient _client = factory.CreateClient();
    private IServiceProvider Services => factory.Services;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_valid_member_token_is_accepted_and_names_the_member()
    {
        using var request = Credentials.Get("/api/v1/me").WithBearer(Services.Token(LoyaltyRoles.Member, "member-1"));

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = await response.Content.ReadFromJsonAsync<Caller>(TestContext.Current.CancellationToken);
        Assert.Equal(new Caller("token", "member-1", LoyaltyRoles.Member, null, null, null), caller);
    }

    [Fact]
    public async Task A_request_without_credentials_gets_401_with_a_problem_document()
    {
        using var response = await _client.SendAsync(Credentials.Get("/api/v1/me"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var expired = IssuerWith(options => { }, new FixedTimeProvider(DateTimeOffset.UtcNow.AddHours(-3)))
            .Issue(LoyaltyRoles.Member, "member-1", TimeSpan.FromHours(1)).Token;

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithBearerAsync(expired));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_gets_401()
    {
        var forged = IssuerWith(options => options.SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))).Issue(LoyaltyRoles.Admin, "mallory").Token;

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithBearerAsync(forged));
    }

    [Fact]
    public async Task A_token_for_another_audience_gets_401()
    {
        var foreign = IssuerWith(options => options.Audience = "some-other-api").Issue(LoyaltyRoles.Member, "member-1").Token;

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithBearerAsync(foreign));
    }

    [Fact]
    public async Task A_token_from_another_issuer_gets_401()
    {
        var foreign = IssuerWith(options => options.Issuer = "someone-else").Issue(LoyaltyRoles.Member, "member-1").Token;

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithBearerAsync(foreign));
    }

    [Fact]
    public async Task A_tampered_token_gets_401()
    {
        var token = Services.Token(LoyaltyRoles.Member, "member-1");
        var parts = token.Split('.');
        // Re-sign nothing: swap in a payload claiming the admin role and keep the member's signature.
        var adminPayload = Services.Token(LoyaltyRoles.Admin, "member-1").Split('.')[1];

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithBearerAsync($"{parts[0]}.{adminPayload}.{parts[2]}"));
    }

    [Fact]
    public async Task A_marketer_token_cannot_use_the_admin_api()
    {
        using var request = Credentials.Get("/api/v1/admin/api-keys").WithBearer(Services.Token(LoyaltyRoles.Marketer, "mia"));

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_issues_a_member_token_that_the_api_accepts()
    {
        using var issue = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/admin/tokens", UriKind.Relative))
        {
            Content = JsonContent.Create(new { role = "member", subject = "member-9", lifetimeMinutes = 5 }),
        };
        using var issued = await _client.SendAsync(issue.WithBearer(Services.Token(LoyaltyRoles.Admin, "ops")), TestContext.Current.CancellationToken);
        var token = await issued.Content.ReadFromJsonAsync<IssuedToken>(TestContext.Current.CancellationToken);

        using var me = await _client.SendAsync(Credentials.Get("/api/v1/me").WithBearer(token!.Token), TestContext.Current.CancellationToken);

        Assert.Equal("member-9", (await me.Content.ReadFromJsonAsync<Caller>(TestContext.Current.CancellationToken))?.Subject);
        Assert.InRange(token.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(4), DateTimeOffset.UtcNow.AddMinutes(6));
    }

    private LoyaltyTokenIssuer IssuerWith(Action<LoyaltyAuthOptions> change, TimeProvider? time = null)
    {
        var real = Services.GetRequiredService<IOptions<LoyaltyAuthOptions>>().Value;
        var options = new LoyaltyAuthOptions
        {
            SigningKey = real.SigningKey,
            Issuer = real.Issuer,
            Audience = real.Audience,
        };
        change(options);
        return new LoyaltyTokenIssuer(Options.Create(options), time ?? TimeProvider.System);
    }

    private async Task<HttpStatusCode> StatusWithBearerAsync(string token)
    {
        using var request = Credentials.Get("/api/v1/me").WithBearer(token);
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}

using System.Text;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Security.Tokens;

/// <summary>Refuses to start with a signing key too short for HMAC-SHA256 or with missing issuer/audience.</summary>
internal sealed class LoyaltyAuthOptionsValidator : IValidateOptions<LoyaltyAuthOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, LoyaltyAuthOptions options)
    {
        var failures = new List<string>();
        if (Encoding.UTF8.GetByteCount(options.SigningKey) < MinimumKeyBytes)
        {
            failures.Add($"{LoyaltyAuthOptions.Section}:SigningKey must be at least {MinimumKeyBytes} bytes (UTF-8).");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer) || string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add($"{LoyaltyAuthOptions.Section}:Issuer and :Audience must be set.");
        }

        if (options.MemberTokenLifetime <= TimeSpan.Zero || options.StaffTokenLifetime <= TimeSpan.Zero
            || options.MaxTokenLifetime < options.MemberTokenLifetime || options.MaxTokenLifetime < options.StaffTokenLifetime)
        {
            failures.Add($"{LoyaltyAuthOptions.Section} token lifetimes must be positive and within MaxTokenLifetime.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

namespace Loyalty.Silo.Demo;

/// <summary>Registers demo mode when <c>Loyalty:Demo:Enabled</c> is set.</summary>
internal static class DemoExtensions
{
    public static WebApplicationBuilder AddLoyaltyDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (builder.Configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}"))
        {
            builder.Services.AddHostedService<DemoMode>();
        }

        return builder;
    }
}

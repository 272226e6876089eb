namespace Loyalty.Grains.Campaigns;

/// <summary>
/// A lifecycle command arrived in a phase that does not allow it (launching an ended campaign, redefining a
/// live one). The caller's request was understood but conflicts with the campaign's state; nothing changed.
/// </summary>
public sealed class CampaignPhaseException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="campaignId"/> in <paramref name="phase"/>.</summary>
    public CampaignPhaseException(string campaignId, CampaignPhase phase, IReadOnlyCollection<CampaignPhase> allowed)
        : base($"Campaign '{campaignId}' is {phase}; this needs it {string.Join(" or ", allowed)}.")
    {
        Phase = phase;
    }

    /// <summary>Creates the exception with a message.</summary>
    public CampaignPhaseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CampaignPhaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CampaignPhaseException()
    {
    }

    /// <summary>The phase the campaign was in.</summary>
    public CampaignPhase Phase { get; }
}

namespace Loyalty.Runtime;

/// <summary>The method does not change grain state: read-only requests may interleave with each other.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;

/// <summary>The method may interleave with any other request of the grain, reentrant or not.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;

/// <summary>The caller does not wait: the call returns once it is queued, and its outcome is dropped.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneWayAttribute : Attribute;

/// <summary>Overrides the silo's response timeout for one method.</summary>
/// <param name="timeout">A <see cref="TimeSpan"/> in its invariant string form, e.g. <c>"00:00:05"</c>.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ResponseTimeoutAttribute(string timeout) : Attribute
{
    /// <summary>The timeout.</summary>
    public TimeSpan Timeout { get; } = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture);
}

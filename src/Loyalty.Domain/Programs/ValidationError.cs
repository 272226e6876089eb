namespace Loyalty.Domain.Programs;

/// <summary>A problem in a program definition.</summary>
/// <param name="Path">JSON-path-like name of the bad field, e.g. <c>rules[3].effects[0].percent</c>.</param>
/// <param name="Message">What is wrong, for a human.</param>
public sealed record ValidationError(string Path, string Message);

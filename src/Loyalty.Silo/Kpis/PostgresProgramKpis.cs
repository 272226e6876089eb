using Npgsql;

namespace Loyalty.Silo.Kpis;

/// <summary>
/// KPIs as one SQL query over the member journal (<c>journal_events</c>), so they are exact and need no
/// second copy of the data. Events are read by their domain time (<c>at</c>), not their commit time.
/// </summary>
public sealed class PostgresProgramKpis(NpgsqlDataSource dataSource) : IProgramKpis
{
    /// <inheritdoc />
    public async Task<ProgramKpis> ComputeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(KpiSql.Query);
        command.Parameters.AddWithValue("from", from.UtcDateTime);
        command.Parameters.AddWithValue("to", to.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        long Long(string column) => reader.GetInt64(reader.GetOrdinal(column));
        decimal Decimal(string column) => reader.GetDecimal(reader.GetOrdinal(column));

        var members = Long("members");
        var purchases = Long("purchases");
        var purchasers = Long("purchasers");
        var issued = Long("issued");
        var redeemed = Long("redeemed");
        var expired = Long("expired");
        return new ProgramKpis(
            from,
            to,
            members,
            Long("new_members"),
            Long("active_30d"),
            purchases,
            Ratio(purchases, purchasers),
            Ratio(Decimal("gross_spend"), purchases),
            Decimal("gross_spend") - Decimal("returned_spend"),
            Ratio(Decimal("lifetime_net_spend"), members),
            issued,
            redeemed,
            expired,
            Long("reversed"),
            Long("liability"),
            issued == 0 ? null : Ratio(redeemed, issued),
            issued == 0 ? null : Ratio(expired, issued),
            Long("campaign_points"));
    }

    // Four decimals: enough for a dashboard, and stable to compare.
    private static decimal Ratio(decimal numerator, decimal denominator) =>
        denominator == 0 ? 0m : Math.Round(numerator / denominator, 4, MidpointRounding.ToEven);
}

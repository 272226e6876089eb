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
        var campaigns = await CampaignsAsync(from, to, cancellationToken);
        await using var command = Command(KpiSql.Query, from, to);
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
            Long("campaign_points"),
            campaigns);
    }

    private async Task<IReadOnlyList<CampaignKpis>> CampaignsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var command = Command(KpiSql.Campaigns, from, to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var campaigns = new List<CampaignKpis>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var averageCheck = Math.Round(reader.GetDecimal(4), 2, MidpointRounding.ToEven);
            decimal? baseline = reader.IsDBNull(5) ? null : reader.GetDecimal(5);
            campaigns.Add(new CampaignKpis(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetInt64(2),
                reader.GetDecimal(3),
                averageCheck,
                baseline is > 0 ? Ratio(reader.GetDecimal(4), baseline.Value) - 1m : null));
        }

        return campaigns;
    }

    private NpgsqlCommand Command(string sql, DateTimeOffset from, DateTimeOffset to)
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("from", from.UtcDateTime);
        command.Parameters.AddWithValue("to", to.UtcDateTime);
        return command;
    }

    // Four decimals: enough for a dashboard, and stable to compare.
    private static decimal Ratio(decimal numerator, decimal denominator) =>
        denominator == 0 ? 0m : Math.Round(numerator / denominator, 4, MidpointRounding.ToEven);
}

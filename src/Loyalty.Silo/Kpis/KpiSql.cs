namespace Loyalty.Silo.Kpis;

/// <summary>The KPI query. Event shapes are the domain's journal JSON (src/Loyalty.Domain/Events), camelCase, enums by name.</summary>
internal static class KpiSql
{
    // Member events up to the end of the period, with their domain time.
    private const string Known = """
        WITH events AS (
            SELECT grain_id, event_type, convert_from(payload, 'UTF8')::jsonb AS e
            FROM journal_events
            WHERE grain_id LIKE 'member/%'
        ), timed AS (
            SELECT grain_id, event_type, e, (e->>'at')::timestamptz AS at FROM events
        ), known AS (
            SELECT * FROM timed WHERE at < @to
        )
        """;

    public const string Query = Known + """
        , lots AS (
            -- Every lot a member was given: one per event, or one per award of a purchase's campaign bonuses (in its
            -- PurchaseRecorded, or, in older journals, in a CampaignBonusesAwarded of its own).
            SELECT grain_id, at, event_type, e->'lot' AS lot
            FROM known
            WHERE event_type IN ('PointsEarned', 'WelcomeBonusAwarded', 'BirthdayBonusAwarded', 'CampaignBonusAwarded', 'ChallengeCompleted', 'CashbackEarned')
              AND jsonb_typeof(e->'lot') = 'object'
            UNION ALL
            SELECT k.grain_id, k.at, 'CampaignBonusAwarded', a->'lot'
            FROM known k CROSS JOIN LATERAL jsonb_array_elements(coalesce(k.e->'campaigns', k.e->'awards')) AS a
            WHERE k.event_type IN ('PurchaseRecorded', 'CampaignBonusesAwarded')
        ), credits AS (
            -- With its id, so expiries can be told apart by wallet.
            SELECT grain_id, at, (lot->>'lotId')::bigint AS lot_id, lot->>'wallet' AS wallet, (lot->>'amount')::bigint AS amount, event_type
            FROM lots
        ), redeemed AS (
            SELECT at, (e->>'amount')::bigint AS amount FROM known
            WHERE event_type = 'BalanceRedeemed' AND e->>'wallet' = 'Points'
            UNION ALL
            -- A captured hold is spent when captured; its amount and wallet are on the hold.
            SELECT c.at, (h.e->>'amount')::bigint FROM known c
            JOIN known h ON h.grain_id = c.grain_id AND h.event_type = 'BalanceHeld' AND h.e->>'holdId' = c.e->>'holdId'
            WHERE c.event_type = 'HoldCaptured' AND h.e->>'wallet' = 'Points'
        ), expired AS (
            SELECT x.at, (d->>'amount')::bigint AS amount
            FROM known x CROSS JOIN LATERAL jsonb_array_elements(x.e->'lots') AS d
            JOIN credits c ON c.grain_id = x.grain_id AND c.lot_id = (d->>'lotId')::bigint
            WHERE x.event_type = 'LotsExpired' AND c.wallet = 'Points'
        ), reversed AS (
            SELECT at, (e->'points'->>'amount')::bigint AS amount FROM known
            WHERE event_type IN ('PurchaseReturned', 'ChallengeRewardRevoked')
        ), purchases AS (
            SELECT grain_id, at, (e->'evaluation'->>'spend')::numeric AS spend FROM known WHERE event_type = 'PurchaseRecorded'
        ), returns AS (
            SELECT at, (e->>'spend')::numeric AS spend FROM known WHERE event_type = 'PurchaseReturned'
        ), points_credits AS (
            SELECT * FROM credits WHERE wallet = 'Points'
        )
        SELECT
            (SELECT count(*) FROM known WHERE event_type = 'MemberEnrolled') AS members,
            (SELECT count(*) FROM known WHERE event_type = 'MemberEnrolled' AND at >= @from) AS new_members,
            (SELECT count(DISTINCT grain_id) FROM purchases WHERE at >= @to - interval '30 days') AS active_30d,
            (SELECT count(*) FROM purchases WHERE at >= @from) AS purchases,
            (SELECT count(DISTINCT grain_id) FROM purchases WHERE at >= @from) AS purchasers,
            (SELECT coalesce(sum(spend), 0) FROM purchases WHERE at >= @from) AS gross_spend,
            (SELECT coalesce(sum(spend), 0) FROM returns WHERE at >= @from) AS returned_spend,
            (SELECT coalesce(sum(spend), 0) FROM purchases) - (SELECT coalesce(sum(spend), 0) FROM returns) AS lifetime_net_spend,
            (SELECT coalesce(sum(amount), 0)::bigint FROM points_credits WHERE at >= @from) AS issued,
            (SELECT coalesce(sum(amount), 0)::bigint FROM redeemed WHERE at >= @from) AS redeemed,
            (SELECT coalesce(sum(amount), 0)::bigint FROM expired WHERE at >= @from) AS expired,
            (SELECT coalesce(sum(amount), 0)::bigint FROM reversed WHERE at >= @from) AS reversed,
            ((SELECT coalesce(sum(amount), 0) FROM points_credits)
              - (SELECT coalesce(sum(amount), 0) FROM redeemed)
              - (SELECT coalesce(sum(amount), 0) FROM expired)
              - (SELECT coalesce(sum(amount), 0) FROM reversed))::bigint AS liability,
            (SELECT coalesce(sum(amount), 0)::bigint FROM points_credits WHERE event_type = 'CampaignBonusAwarded' AND at >= @from) AS campaign_points
        """;

    /// <summary>
    /// Per campaign in the period: points paid, purchases and their spend, and the average check of the
    /// purchases no campaign paid for, as the baseline of the uplift.
    /// </summary>
    public const string Campaigns = Known + """
        , purchases AS (
            SELECT grain_id, e->>'transactionId' AS tx, (e->'evaluation'->>'spend')::numeric AS spend
            FROM known WHERE event_type = 'PurchaseRecorded' AND at >= @from
        ), bonuses AS (
            SELECT grain_id, e->>'transactionId' AS tx, e->'bonus'->>'campaignId' AS campaign_id, (e->'lot'->>'amount')::bigint AS points
            FROM known WHERE event_type = 'CampaignBonusAwarded' AND at >= @from
            UNION ALL
            SELECT k.grain_id, k.e->>'transactionId', a->'bonus'->>'campaignId', (a->'lot'->>'amount')::bigint
            FROM known k CROSS JOIN LATERAL jsonb_array_elements(coalesce(k.e->'campaigns', k.e->'awards')) AS a
            WHERE k.event_type IN ('PurchaseRecorded', 'CampaignBonusesAwarded') AND k.at >= @from
        ), baseline AS (
            SELECT avg(p.spend) AS average_check FROM purchases p
            WHERE NOT EXISTS (SELECT 1 FROM bonuses b WHERE b.grain_id = p.grain_id AND b.tx = p.tx)
        )
        SELECT b.campaign_id, sum(b.points)::bigint AS points, count(*) AS purchases, sum(p.spend) AS spend,
               avg(p.spend) AS average_check, (SELECT average_check FROM baseline) AS baseline_check
        FROM bonuses b JOIN purchases p ON p.grain_id = b.grain_id AND p.tx = b.tx
        GROUP BY b.campaign_id
        ORDER BY b.campaign_id
        """;
}

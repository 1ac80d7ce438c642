/**
 * GET /api/images/statistics: counts by status, style, user and day, approval rate, average
 * generation time and estimated cost; over every image for editors and admins, over one's own
 * images for anyone else. Aggregated in SQL (one pass per dimension), never by loading documents.
 */
import type { PayloadRequest } from 'payload'

import { rows, sql, type SQL } from '../../../db/transaction'
import { isReviewer } from '../access'

export type StatsQuery = { from?: Date; to?: Date }

const num = (v: unknown) => (v == null ? 0 : Number(v))

export async function imageStatistics(req: PayloadRequest, q: StatsQuery) {
  const user = req.user as { id: number }
  const all = isReviewer(req.user)
  const conds: SQL[] = []
  if (!all) conds.push(sql`requester_id = ${user.id}`)
  if (q.from) conds.push(sql`created_at >= ${q.from.toISOString()}`)
  if (q.to) conds.push(sql`created_at < ${q.to.toISOString()}`)
  const where = conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``

  const byStatus = await rows<{ status: string; count: string }>(req, sql`SELECT status, count(*) AS count FROM generated_images ${where} GROUP BY status ORDER BY status`)
  const byStyle = await rows<{ style: string; count: string }>(req, sql`SELECT style, count(*) AS count FROM generated_images ${where} GROUP BY style ORDER BY count(*) DESC, style`)
  const byUser = await rows<{ user_id: number; email: string; count: string }>(
    req,
    sql`SELECT g.requester_id AS user_id, u.email, count(*) AS count FROM (SELECT * FROM generated_images ${where}) g JOIN users u ON u.id = g.requester_id GROUP BY g.requester_id, u.email ORDER BY count(*) DESC, u.email LIMIT 100`,
  )
  const perDay = await rows<{ day: string; count: string }>(
    req,
    sql`SELECT to_char(date_trunc('day', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, count(*) AS count
          FROM generated_images ${where} GROUP BY 1 ORDER BY 1`,
  )
  const [totals] = await rows<{ requests: string; approved: string; rejected: string; avg_ms: null | string; images: string }>(
    req,
    sql`SELECT count(*) AS requests,
               count(*) FILTER (WHERE status = 'approved') AS approved,
               count(*) FILTER (WHERE status = 'rejected') AS rejected,
               avg(generation_ms) FILTER (WHERE status IN ('generated', 'approved', 'rejected')) AS avg_ms,
               (SELECT count(*) FROM generated_images_images i WHERE i._parent_id IN (SELECT id FROM generated_images ${where})) AS images
          FROM generated_images ${where}`,
  )
  const historyConds: SQL[] = []
  if (!all) historyConds.push(sql`requester_id = ${user.id}`)
  if (q.from) historyConds.push(sql`created_at >= ${q.from.toISOString()}`)
  if (q.to) historyConds.push(sql`created_at < ${q.to.toISOString()}`)
  const hWhere = historyConds.length ? sql`WHERE ${sql.join(historyConds, sql` AND `)}` : sql``
  const [history] = await rows<{ attempts: string; cost: null | string; moderation: string; failed: string }>(
    req,
    sql`SELECT count(*) AS attempts, sum(cost_estimate) AS cost,
               count(*) FILTER (WHERE outcome = 'moderation_blocked') AS moderation,
               count(*) FILTER (WHERE outcome = 'failed') AS failed
          FROM image_generation_history ${hWhere}`,
  )
  const approved = num(totals.approved)
  const rejected = num(totals.rejected)
  return {
    scope: all ? 'all' : 'mine',
    from: q.from?.toISOString() ?? null,
    to: q.to?.toISOString() ?? null,
    requests: num(totals.requests),
    images: num(totals.images),
    byStatus: Object.fromEntries(byStatus.map((r) => [r.status, num(r.count)])),
    byStyle: Object.fromEntries(byStyle.map((r) => [r.style, num(r.count)])),
    byUser: byUser.map((r) => ({ user: r.user_id, email: r.email, count: num(r.count) })),
    perDay: perDay.map((r) => ({ day: r.day, count: num(r.count) })),
    /** approved / (approved + rejected); null before any review. */
    approvalRate: approved + rejected ? approved / (approved + rejected) : null,
    averageGenerationMs: totals.avg_ms == null ? null : Math.round(Number(totals.avg_ms)),
    attempts: { total: num(history.attempts), failed: num(history.failed), moderationBlocked: num(history.moderation) },
    estimatedCost: { amount: num(history.cost), currency: 'USD' },
  }
}

/** Leaderboards: global (all-time XP), this month, per course category; paginated; own rank. */
import type { PayloadRequest } from 'payload'

import { idOf } from './db'
import { rows, sql } from '../../../db/transaction'

export type Scope = 'category' | 'global' | 'month'

export async function leaderboard(req: PayloadRequest, opts: { scope: Scope; category?: number; page: number; limit: number }, now = new Date()) {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString()
  const scores =
    opts.scope === 'global'
      ? sql`SELECT user_id, total_xp::bigint AS xp FROM user_xp WHERE total_xp > 0`
      : opts.scope === 'month'
        ? sql`SELECT user_id, SUM(xp)::bigint AS xp FROM xp_events WHERE created_at >= ${monthStart} GROUP BY user_id`
        : sql`SELECT user_id, SUM(xp)::bigint AS xp FROM xp_events WHERE category_id = ${opts.category ?? 0} GROUP BY user_id`
  const ranked = sql`WITH s AS (${scores}), r AS (SELECT user_id, xp, RANK() OVER (ORDER BY xp DESC) AS rank FROM s WHERE xp > 0)`
  const offset = (opts.page - 1) * opts.limit
  const [list, total] = await Promise.all([
    rows<{ user_id: number; xp: string; rank: string; first_name: null | string; last_name: null | string; level: null | number; level_name: null | string }>(
      req,
      sql`${ranked} SELECT r.user_id, r.xp, r.rank, u.first_name, u.last_name, x.level, x.level_name FROM r
          JOIN users u ON u.id = r.user_id LEFT JOIN user_xp x ON x.user_id = r.user_id
          ORDER BY r.rank, r.user_id LIMIT ${opts.limit} OFFSET ${offset}`,
    ),
    rows<{ n: string }>(req, sql`${ranked} SELECT COUNT(*) AS n FROM r`),
  ])
  let me: null | { rank: null | number; xp: number } = null
  if (req.user) {
    const [mine] = await rows<{ xp: string; rank: string }>(req, sql`${ranked} SELECT xp, rank FROM r WHERE user_id = ${idOf(req.user.id)}`)
    me = mine ? { rank: Number(mine.rank), xp: Number(mine.xp) } : { rank: null, xp: 0 }
  }
  const totalDocs = Number(total[0].n)
  return {
    scope: opts.scope,
    ...(opts.scope === 'category' ? { category: opts.category } : {}),
    docs: list.map((r) => ({
      rank: Number(r.rank),
      user: r.user_id,
      // public board: first name and last initial only
      name: [r.first_name, r.last_name ? `${r.last_name[0]}.` : ''].filter(Boolean).join(' ') || `Learner #${r.user_id}`,
      xp: Number(r.xp),
      level: r.level ?? 1,
      levelName: r.level_name ?? 'Apprenti',
    })),
    page: opts.page,
    limit: opts.limit,
    totalDocs,
    totalPages: Math.max(1, Math.ceil(totalDocs / opts.limit)),
    me,
  }
}

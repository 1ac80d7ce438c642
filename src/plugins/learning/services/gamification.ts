/**
 * XP, levels, streaks, badges and challenges. Every award is keyed so that replays and concurrent
 * requests grant it once: XP by a unique `source_key`, badges by the unique (user, badge) pair,
 * challenge rewards by a conditional UPDATE … WHERE rewarded_at IS NULL.
 */
import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { env } from '../../../lib/env'
import { type LearnerStats, badgeCriterionMet } from './criteria'
import { idOf } from './db'
import { rows, sql } from '../../../db/transaction'
import { notifyLearner } from './notify'
import { isStreakBroken, localDate, nextStreak } from './streak-dates'
import { type XpAction, XP_RULES, levelFor } from './xp-rules'

type Id = number | string

export async function awardXp(
  req: PayloadRequest,
  a: { user: Id; action: XpAction; sourceKey: string; xp?: number; course?: Id | null; category?: Id | null },
): Promise<{ awarded: boolean; xp: number }> {
  const xp = a.xp ?? XP_RULES[a.action as keyof typeof XP_RULES] ?? 0
  const inserted = await rows(
    req,
    sql`INSERT INTO xp_events (user_id, action, xp, source_key, course_id, category_id, created_at, updated_at)
        VALUES (${idOf(a.user)}, ${a.action}, ${xp}, ${a.sourceKey}, ${a.course ? idOf(a.course) : null}, ${a.category ? idOf(a.category) : null}, now(), now())
        ON CONFLICT (source_key) DO NOTHING RETURNING id`,
  )
  if (!inserted.length) return { awarded: false, xp: 0 }
  const [row] = await rows<{ total_xp: number }>(
    req,
    sql`INSERT INTO user_xp (user_id, total_xp, level, level_name, created_at, updated_at)
        VALUES (${idOf(a.user)}, ${xp}, 1, 'Apprenti', now(), now())
        ON CONFLICT (user_id) DO UPDATE SET total_xp = user_xp.total_xp + EXCLUDED.total_xp, updated_at = now()
        RETURNING total_xp`,
  )
  await syncLevel(req, a.user, Number(row.total_xp))
  return { awarded: true, xp }
}

/** Raises the stored level when the total crossed a threshold; notifies once per level reached. */
async function syncLevel(req: PayloadRequest, user: Id, totalXp: number) {
  const lvl = levelFor(totalXp)
  const raised = await rows<{ level: number }>(
    req,
    sql`UPDATE user_xp SET level = ${lvl.level}, level_name = ${lvl.name}, updated_at = now()
        WHERE user_id = ${idOf(user)} AND level < ${lvl.level} RETURNING level`,
  )
  if (raised.length) {
    await notifyLearner(req, { user, type: 'level.up', data: { level: lvl.level, name: lvl.name, totalXp }, idempotencyKey: `level.up:${idOf(user)}:${lvl.level}` })
  }
}

/** Recomputes a learner's total from the XP history (repairs a drifted total). */
export async function recomputeXp(req: PayloadRequest, user: Id): Promise<number> {
  const [sum] = await rows<{ total: string }>(req, sql`SELECT COALESCE(SUM(xp), 0) AS total FROM xp_events WHERE user_id = ${idOf(user)}`)
  const total = Number(sum.total)
  const lvl = levelFor(total)
  await rows(
    req,
    sql`INSERT INTO user_xp (user_id, total_xp, level, level_name, created_at, updated_at) VALUES (${idOf(user)}, ${total}, ${lvl.level}, ${lvl.name}, now(), now())
        ON CONFLICT (user_id) DO UPDATE SET total_xp = EXCLUDED.total_xp, level = EXCLUDED.level, level_name = EXCLUDED.level_name, updated_at = now()`,
  )
  return total
}

async function ensureStreakRow(req: PayloadRequest, user: Id) {
  await rows(
    req,
    sql`INSERT INTO user_streaks (user_id, timezone, daily_streak, longest_daily_streak, perfect_quiz_streak, longest_perfect_quiz_streak, created_at, updated_at)
        VALUES (${idOf(user)}, 'UTC', 0, 0, 0, 0, now(), now()) ON CONFLICT (user_id) DO NOTHING`,
  )
}

export async function setTimezone(req: PayloadRequest, user: Id, timezone: string) {
  await ensureStreakRow(req, user)
  await rows(req, sql`UPDATE user_streaks SET timezone = ${timezone}, updated_at = now() WHERE user_id = ${idOf(user)}`)
}

/**
 * Records learning activity now: extends the daily streak in the learner's time zone (optimistic,
 * retried on a concurrent change) and grants the daily-login XP once per local day.
 */
export async function touchStreak(req: PayloadRequest, user: Id, now = new Date()) {
  await ensureStreakRow(req, user)
  for (let i = 0; i < 5; i++) {
    const [s] = await rows<{ timezone: null | string; daily_streak: number; last_activity_date: null | string }>(
      req,
      sql`SELECT timezone, daily_streak, last_activity_date FROM user_streaks WHERE user_id = ${idOf(user)}`,
    )
    const today = localDate(now, s.timezone || 'UTC')
    const next = nextStreak(s.last_activity_date, today, Number(s.daily_streak))
    if (!next.firstToday && s.last_activity_date === today) break
    const updated = await rows(
      req,
      sql`UPDATE user_streaks SET daily_streak = ${next.streak}, longest_daily_streak = GREATEST(longest_daily_streak, ${next.streak}),
          last_activity_date = ${today}, updated_at = now()
          WHERE user_id = ${idOf(user)} AND last_activity_date IS NOT DISTINCT FROM ${s.last_activity_date} RETURNING id`,
    )
    if (updated.length) break
  }
  const [s] = await rows<{ timezone: null | string }>(req, sql`SELECT timezone FROM user_streaks WHERE user_id = ${idOf(user)}`)
  const today = localDate(now, s.timezone || 'UTC')
  await awardXp(req, { user, action: 'daily_login', sourceKey: `daily_login:${idOf(user)}:${today}` })
}

export async function recordQuizOutcome(req: PayloadRequest, user: Id, perfect: boolean) {
  await ensureStreakRow(req, user)
  if (perfect) {
    await rows(
      req,
      sql`UPDATE user_streaks SET perfect_quiz_streak = perfect_quiz_streak + 1,
          longest_perfect_quiz_streak = GREATEST(longest_perfect_quiz_streak, perfect_quiz_streak + 1), updated_at = now()
          WHERE user_id = ${idOf(user)}`,
    )
  } else {
    await rows(req, sql`UPDATE user_streaks SET perfect_quiz_streak = 0, updated_at = now() WHERE user_id = ${idOf(user)}`)
  }
}

/** Resets daily streaks of learners who let a whole local day pass. Idempotent. */
export async function resetBrokenStreaks(req: PayloadRequest, now = new Date()): Promise<number> {
  const all = await rows<{ user_id: number; timezone: null | string; last_activity_date: null | string }>(
    req,
    sql`SELECT user_id, timezone, last_activity_date FROM user_streaks WHERE daily_streak > 0`,
  )
  let reset = 0
  for (const s of all) {
    if (!isStreakBroken(s.last_activity_date, now, s.timezone || 'UTC')) continue
    const done = await rows(
      req,
      sql`UPDATE user_streaks SET daily_streak = 0, updated_at = now()
          WHERE user_id = ${s.user_id} AND last_activity_date IS NOT DISTINCT FROM ${s.last_activity_date} AND daily_streak > 0 RETURNING id`,
    )
    reset += done.length
  }
  return reset
}

export async function learnerStats(req: PayloadRequest, user: Id): Promise<LearnerStats> {
  const u = idOf(user)
  const [r] = await rows<Record<string, string>>(
    req,
    sql`SELECT
      (SELECT COUNT(*) FROM enrollments WHERE user_id = ${u} AND status = 'completed') AS courses,
      (SELECT COUNT(DISTINCT quiz_id) FROM quiz_attempts WHERE user_id = ${u} AND passed = true) AS quizzes,
      (SELECT COUNT(*) FROM xp_events WHERE user_id = ${u} AND action = 'perfect_quiz') AS perfect,
      (SELECT COUNT(*) FROM lesson_progress WHERE user_id = ${u} AND status = 'completed') AS lessons,
      (SELECT COALESCE(MAX(longest_daily_streak), 0) FROM user_streaks WHERE user_id = ${u}) AS streak,
      (SELECT COALESCE(MAX(total_xp), 0) FROM user_xp WHERE user_id = ${u}) AS xp`,
  )
  const ch = await rows<{ challenge_id: number }>(req, sql`SELECT challenge_id FROM user_challenges WHERE user_id = ${u} AND completed = true`)
  return {
    coursesCompleted: Number(r.courses),
    quizzesPassed: Number(r.quizzes),
    perfectQuizzes: Number(r.perfect),
    lessonsCompleted: Number(r.lessons),
    longestStreak: Number(r.streak),
    totalXp: Number(r.xp),
    completedChallengeIds: ch.map((c) => c.challenge_id),
  }
}

/** Gives a badge once; notifies only the call that actually inserted it. */
export async function grantBadge(req: PayloadRequest, user: Id, badge: { id: Id; name?: unknown }) {
  const ins = await rows<{ id: number }>(
    req,
    sql`INSERT INTO user_badges (user_id, badge_id, earned_at, created_at, updated_at) VALUES (${idOf(user)}, ${idOf(badge.id)}, now(), now(), now())
        ON CONFLICT (user_id, badge_id) DO NOTHING RETURNING id`,
  )
  if (ins.length) {
    await notifyLearner(req, { user, type: 'badge.awarded', data: { badge: badge.id, name: badge.name, userBadge: ins[0].id }, idempotencyKey: `badge.awarded:${idOf(user)}:${idOf(badge.id)}` })
  }
  return ins.length > 0
}

export async function evaluateBadges(req: PayloadRequest, user: Id, badgeId?: Id): Promise<number> {
  const badges = await req.payload.find({
    collection: 'badges',
    where: badgeId ? { and: [{ active: { equals: true } }, { id: { equals: badgeId } }] } : { active: { equals: true } },
    limit: 500,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (!badges.docs.length) return 0
  const stats = await learnerStats(req, user)
  let granted = 0
  for (const b of badges.docs) {
    if (badgeCriterionMet(b.criteria ?? {}, stats) && (await grantBadge(req, user, b))) granted++
  }
  return granted
}

const ACTION_FOR: Record<string, string> = {
  lessons_completed: 'lesson_completed',
  quizzes_passed: 'quiz_passed',
  perfect_quizzes: 'perfect_quiz',
  courses_completed: 'course_completed',
}

/** Set LEARNING_REWARD_GUARD=off (never in production) to see the race the guard prevents. */
const guardOff = () => !env.isProduction && process.env.LEARNING_REWARD_GUARD === 'off'

/** Updates the learner's progress on every running challenge and rewards the ones just reached. */
export async function updateChallenges(req: PayloadRequest, user: Id, now = new Date()) {
  const u = idOf(user)
  const running = await req.payload.find({
    collection: 'challenges',
    where: { and: [{ active: { equals: true } }, { startDate: { less_than_equal: now.toISOString() } }, { endDate: { greater_than_equal: now.toISOString() } }] },
    limit: 200,
    depth: 0,
    req,
    overrideAccess: true,
  })
  for (const c of running.docs) {
    const type = c.criteria?.type
    if (!type) continue
    const from = new Date(c.startDate).toISOString()
    const to = new Date(c.endDate).toISOString()
    const [p] =
      type === 'xp_earned'
        ? await rows<{ n: string }>(req, sql`SELECT COALESCE(SUM(xp), 0) AS n FROM xp_events WHERE user_id = ${u} AND action <> 'challenge_reward' AND created_at BETWEEN ${from} AND ${to}`)
        : await rows<{ n: string }>(req, sql`SELECT COUNT(*) AS n FROM xp_events WHERE user_id = ${u} AND action = ${ACTION_FOR[type]} AND created_at BETWEEN ${from} AND ${to}`)
    const progress = Number(p.n)
    if (progress === 0) continue
    await rows(
      req,
      sql`INSERT INTO user_challenges (user_id, challenge_id, progress, completed, created_at, updated_at) VALUES (${u}, ${c.id}, ${progress}, false, now(), now())
          ON CONFLICT (user_id, challenge_id) DO UPDATE SET progress = GREATEST(user_challenges.progress, EXCLUDED.progress), updated_at = now()`,
    )
    if (progress < (c.criteria?.value ?? 1)) continue
    let won: boolean
    let key = `challenge_reward:${c.id}:${u}`
    if (guardOff()) {
      // read-then-write without a guard: the unsafe version, kept only to demonstrate the race
      const [row] = await rows<{ rewarded_at: null | string }>(req, sql`SELECT rewarded_at FROM user_challenges WHERE user_id = ${u} AND challenge_id = ${c.id}`)
      won = !row.rewarded_at
      // widen the read-to-write window so the demonstration does not depend on scheduling luck
      await new Promise((resolve) => setTimeout(resolve, 300))
      if (won) await rows(req, sql`UPDATE user_challenges SET completed = true, completed_at = now(), rewarded_at = now() WHERE user_id = ${u} AND challenge_id = ${c.id}`)
      key = `${key}:${randomUUID()}`
    } else {
      const claimed = await rows(
        req,
        sql`UPDATE user_challenges SET completed = true, completed_at = now(), rewarded_at = now(), updated_at = now()
            WHERE user_id = ${u} AND challenge_id = ${c.id} AND rewarded_at IS NULL RETURNING id`,
      )
      won = claimed.length === 1
    }
    if (!won) continue
    if (c.rewardXp) await awardXp(req, { user, action: 'challenge_reward', xp: c.rewardXp, sourceKey: key })
    if (c.rewardBadge) {
      const badge = await req.payload.findByID({ collection: 'badges', id: idOf(c.rewardBadge), depth: 0, req, overrideAccess: true, disableErrors: true })
      if (badge) await grantBadge(req, user, badge)
    }
    await notifyLearner(req, { user, type: 'challenge.completed', data: { challenge: c.id, name: c.name, rewardXp: c.rewardXp ?? 0 }, idempotencyKey: `challenge.completed:${u}:${c.id}` })
  }
}

/** After any learning action: challenges first (they may grant XP), then badges. */
export async function afterLearningAction(req: PayloadRequest, user: Id) {
  await updateChallenges(req, user)
  await evaluateBadges(req, user)
}

import { describe, expect, it } from 'vitest'

import { badgeCriterionMet } from './criteria'
import { courseProgress, unlockedModules } from './modules'
import { slugify } from './slug'
import { daysBetween, isStreakBroken, localDate, nextStreak } from './streak-dates'
import { attemptTransitionError, enrollmentTransitionError } from './transitions'
import { LEVELS, levelFor } from './xp-rules'

describe('levels', () => {
  it('has 12 levels from Apprenti to Phénix with increasing thresholds', () => {
    expect(LEVELS).toHaveLength(12)
    expect(LEVELS[0].name).toBe('Apprenti')
    expect(LEVELS[11].name).toBe('Phénix')
    for (let i = 1; i < LEVELS.length; i++) expect(LEVELS[i].minXp).toBeGreaterThan(LEVELS[i - 1].minXp)
  })
  it('maps XP to a level and the XP left to the next one', () => {
    expect(levelFor(0)).toMatchObject({ level: 1, name: 'Apprenti', xpToNextLevel: 100 })
    expect(levelFor(99).level).toBe(1)
    expect(levelFor(100)).toMatchObject({ level: 2, name: 'Explorateur' })
    expect(levelFor(8500)).toMatchObject({ level: 12, name: 'Phénix', nextLevelXp: null, xpToNextLevel: 0 })
    expect(levelFor(1_000_000).level).toBe(12)
  })
})

describe('streak dates', () => {
  it('computes the local date in a time zone', () => {
    const at = new Date('2026-03-01T23:30:00Z')
    expect(localDate(at, 'UTC')).toBe('2026-03-01')
    expect(localDate(at, 'Africa/Abidjan')).toBe('2026-03-01')
    expect(localDate(at, 'Europe/Paris')).toBe('2026-03-02')
    expect(localDate(at, 'America/New_York')).toBe('2026-03-01')
  })
  it('extends on the next day, keeps on the same day, restarts after a gap', () => {
    expect(nextStreak(null, '2026-03-02', 0)).toEqual({ streak: 1, firstToday: true })
    expect(nextStreak('2026-03-02', '2026-03-02', 3)).toEqual({ streak: 3, firstToday: false })
    expect(nextStreak('2026-02-28', '2026-03-01', 3)).toEqual({ streak: 4, firstToday: true })
    expect(nextStreak('2026-02-27', '2026-03-01', 3)).toEqual({ streak: 1, firstToday: true })
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
  })
  it('is broken after a whole local day without activity', () => {
    const now = new Date('2026-03-03T01:00:00Z') // 02:00 in Paris, 20:00 (Mar 2) in New York
    expect(isStreakBroken('2026-03-01', now, 'Europe/Paris')).toBe(true)
    expect(isStreakBroken('2026-03-01', now, 'America/New_York')).toBe(false)
    expect(isStreakBroken(null, now, 'UTC')).toBe(false)
  })
})

describe('modules and progress', () => {
  const mods = [{ id: 1, unlockRule: 'always' }, { id: 2, unlockRule: 'sequential' }, { id: 3, unlockRule: 'sequential' }, { id: 4, unlockRule: 'always' }]
  const req = new Map([['1', ['a', 'b']], ['2', ['c']], ['3', ['d']]])
  it('opens sequential modules one after the other', () => {
    expect([...unlockedModules(mods, req, new Set())]).toEqual(['1', '4'])
    expect([...unlockedModules(mods, req, new Set(['a', 'b']))]).toEqual(['1', '2', '4'])
    expect([...unlockedModules(mods, req, new Set(['a', 'b', 'c']))]).toEqual(['1', '2', '3', '4'])
    // completing a later lesson does not open a module whose predecessor is locked
    expect([...unlockedModules(mods, req, new Set(['a', 'c']))]).toEqual(['1', '4'])
  })
  it('counts required lessons and final quizzes', () => {
    expect(courseProgress(['a', 'b', 'c'], new Set(['a', 'b', 'c']), ['q'], new Set())).toEqual({ percentage: 75, complete: false })
    expect(courseProgress(['a', 'b', 'c'], new Set(['a', 'b', 'c']), ['q'], new Set(['q']))).toEqual({ percentage: 100, complete: true })
    expect(courseProgress([], new Set(), [], new Set())).toEqual({ percentage: 0, complete: false })
  })
})

describe('state machines', () => {
  it('enrollment transitions say who may do what', () => {
    expect(enrollmentTransitionError('pending_payment', 'active', 'payments')).toBeNull()
    expect(enrollmentTransitionError('pending_payment', 'active', 'learner')).toMatch(/Only payments or admin/)
    expect(enrollmentTransitionError('completed', 'active', 'admin')).toMatch(/cannot go from completed to active/)
    expect(enrollmentTransitionError('active', 'active', 'system')).toMatch(/already active/)
  })
  it('attempts are submitted once', () => {
    expect(attemptTransitionError('in_progress', 'submitted', 'learner')).toBeNull()
    expect(attemptTransitionError('submitted', 'submitted', 'learner')).toMatch(/already submitted/)
    expect(attemptTransitionError('expired', 'submitted', 'learner')).toMatch(/expired/)
  })
})

describe('badge criteria', () => {
  const stats = { coursesCompleted: 1, quizzesPassed: 3, perfectQuizzes: 1, lessonsCompleted: 7, longestStreak: 5, totalXp: 300, completedChallengeIds: [9] }
  it('checks each criterion type against the learner stats', () => {
    expect(badgeCriterionMet({ type: 'courses_completed', value: 1 }, stats)).toBe(true)
    expect(badgeCriterionMet({ type: 'courses_completed', value: 2 }, stats)).toBe(false)
    expect(badgeCriterionMet({ type: 'quizzes_passed', value: 3 }, stats)).toBe(true)
    expect(badgeCriterionMet({ type: 'perfect_quizzes', value: 2 }, stats)).toBe(false)
    expect(badgeCriterionMet({ type: 'streak_days', value: 5 }, stats)).toBe(true)
    expect(badgeCriterionMet({ type: 'xp_reached', value: 301 }, stats)).toBe(false)
    expect(badgeCriterionMet({ type: 'challenge_completed', challenge: 9 }, stats)).toBe(true)
    expect(badgeCriterionMet({ type: 'challenge_completed', challenge: { id: 8 } }, stats)).toBe(false)
    expect(badgeCriterionMet({ type: 'nonsense', value: 1 }, stats)).toBe(false)
  })
  it('slugs titles', () => {
    expect(slugify('Histoire de la Bachata : les débuts !')).toBe('histoire-de-la-bachata-les-debuts')
  })
})

/** Criteria types of badges and challenges, and the pure rule that says whether one is met. */
export const BADGE_CRITERIA = ['courses_completed', 'quizzes_passed', 'perfect_quizzes', 'streak_days', 'xp_reached', 'challenge_completed', 'lessons_completed'] as const
export type BadgeCriterion = (typeof BADGE_CRITERIA)[number]

export const CHALLENGE_CRITERIA = ['lessons_completed', 'quizzes_passed', 'perfect_quizzes', 'courses_completed', 'xp_earned'] as const
export type ChallengeCriterion = (typeof CHALLENGE_CRITERIA)[number]

export type LearnerStats = {
  coursesCompleted: number
  quizzesPassed: number
  perfectQuizzes: number
  lessonsCompleted: number
  longestStreak: number
  totalXp: number
  completedChallengeIds: (number | string)[]
}

export function badgeCriterionMet(criteria: { type?: null | string; value?: null | number; challenge?: unknown }, s: LearnerStats): boolean {
  const n = criteria.value ?? 1
  switch (criteria.type) {
    case 'courses_completed': return s.coursesCompleted >= n
    case 'quizzes_passed': return s.quizzesPassed >= n
    case 'perfect_quizzes': return s.perfectQuizzes >= n
    case 'lessons_completed': return s.lessonsCompleted >= n
    case 'streak_days': return s.longestStreak >= n
    case 'xp_reached': return s.totalXp >= n
    case 'challenge_completed': {
      const c = criteria.challenge
      const id = c && typeof c === 'object' ? (c as { id: number }).id : c
      return id ? s.completedChallengeIds.map(String).includes(String(id)) : s.completedChallengeIds.length >= n
    }
    default: return false
  }
}

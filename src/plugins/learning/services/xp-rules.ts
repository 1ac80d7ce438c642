/** XP earned per learning action, and the 12 levels from Apprenti to Phénix. */
export const XP_RULES = {
  lesson_completed: 10,
  quiz_passed: 25,
  perfect_quiz: 50,
  course_completed: 100,
  daily_login: 5,
} as const
export type XpAction = keyof typeof XP_RULES | 'challenge_reward'

export const LEVELS = [
  { level: 1, name: 'Apprenti', minXp: 0 },
  { level: 2, name: 'Explorateur', minXp: 100 },
  { level: 3, name: 'Initié', minXp: 250 },
  { level: 4, name: 'Étudiant', minXp: 500 },
  { level: 5, name: 'Érudit', minXp: 900 },
  { level: 6, name: 'Savant', minXp: 1400 },
  { level: 7, name: 'Expert', minXp: 2000 },
  { level: 8, name: 'Maître', minXp: 2800 },
  { level: 9, name: 'Sage', minXp: 3800 },
  { level: 10, name: 'Virtuose', minXp: 5000 },
  { level: 11, name: 'Légende', minXp: 6500 },
  { level: 12, name: 'Phénix', minXp: 8500 },
] as const

export function levelFor(totalXp: number) {
  let current: (typeof LEVELS)[number] = LEVELS[0]
  for (const l of LEVELS) if (totalXp >= l.minXp) current = l
  const next = LEVELS.find((l) => l.minXp > totalXp)
  return { level: current.level, name: current.name, nextLevelXp: next?.minXp ?? null, xpToNextLevel: next ? next.minXp - totalXp : 0 }
}

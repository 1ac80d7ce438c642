/**
 * Quiz papers and grading, pure. A "paper" is what one attempt serves: the question order and,
 * per question, the option order. It never contains the answer key.
 */
import { randomInt } from 'node:crypto'

export type QuestionKey = {
  id: number | string
  type: 'multiple_choice' | 'short_answer' | 'true_false'
  text: string
  points: number
  options?: { id: string; text: string; correct?: boolean | null }[] | null
  correctBoolean?: boolean | null
  acceptedAnswers?: { value: string }[] | null
  explanation?: null | string
}

export type PaperQuestion = {
  id: number | string
  type: QuestionKey['type']
  text: string
  points: number
  multipleAnswers?: boolean
  options?: { id: string; text: string }[]
}

export type Answer = boolean | string | string[]

export function shuffle<T>(items: readonly T[]): T[] {
  const a = [...items]
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

export function buildPaper(questions: QuestionKey[], opts: { shuffleQuestions?: boolean | null; shuffleOptions?: boolean | null }): PaperQuestion[] {
  const ordered = opts.shuffleQuestions ? shuffle(questions) : questions
  return ordered.map((q) => {
    const base: PaperQuestion = { id: q.id, type: q.type, text: q.text, points: q.points }
    if (q.type === 'multiple_choice') {
      const options = (q.options ?? []).map((o) => ({ id: o.id, text: o.text }))
      base.options = opts.shuffleOptions ? shuffle(options) : options
      base.multipleAnswers = (q.options ?? []).filter((o) => o.correct).length > 1
    }
    return base
  })
}

/** Lowercase, no accents, single spaces: "  Le  Sénégal " matches "le senegal". */
export const normalizeAnswer = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim()

export type QuestionResult = {
  question: number | string
  correct: boolean
  pointsAwarded: number
  points: number
  given: Answer | null
  expected: Answer
  explanation?: null | string
}

export function gradeQuestion(q: QuestionKey, given: Answer | null | undefined): QuestionResult {
  let correct = false
  let expected: Answer
  if (q.type === 'multiple_choice') {
    const key = (q.options ?? []).filter((o) => o.correct).map((o) => o.id).sort()
    expected = key
    const picked = given == null ? [] : (Array.isArray(given) ? given : [String(given)]).map(String)
    const set = [...new Set(picked)].sort()
    correct = set.length === key.length && set.every((v, i) => v === key[i])
  } else if (q.type === 'true_false') {
    expected = Boolean(q.correctBoolean)
    const b = typeof given === 'string' ? (given === 'true' ? true : given === 'false' ? false : null) : given
    correct = typeof b === 'boolean' && b === expected
  } else {
    const accepted = (q.acceptedAnswers ?? []).map((a) => a.value)
    expected = accepted[0] ?? ''
    correct = typeof given === 'string' && accepted.some((a) => normalizeAnswer(a) === normalizeAnswer(given))
  }
  return { question: q.id, correct, pointsAwarded: correct ? q.points : 0, points: q.points, given: given ?? null, expected, explanation: q.explanation ?? null }
}

export function gradeAttempt(keys: QuestionKey[], paper: PaperQuestion[], answers: Record<string, Answer>, passingScore: number) {
  const byId = new Map(keys.map((k) => [String(k.id), k]))
  const results: QuestionResult[] = []
  for (const p of paper) {
    const key = byId.get(String(p.id))
    if (!key) continue // question removed since the attempt started: not counted
    results.push(gradeQuestion(key, answers[String(p.id)]))
  }
  const score = results.reduce((s, r) => s + r.pointsAwarded, 0)
  const totalPoints = results.reduce((s, r) => s + r.points, 0)
  const percentage = totalPoints > 0 ? Math.round((score / totalPoints) * 10000) / 100 : 0
  return { results, score, totalPoints, percentage, passed: percentage >= passingScore, perfect: totalPoints > 0 && score === totalPoints }
}

/** Seconds of tolerance for network latency before a submission counts as late. */
export const SUBMIT_GRACE_SECONDS = 10

/**
 * Late-submission rule: a submission that reaches the server after the deadline plus a short grace
 * is refused, and the attempt is closed as `expired` with score 0 (it counts as an attempt).
 */
export function isLate(deadlineAt: Date | null | string | undefined, now: Date): boolean {
  if (!deadlineAt) return false
  return now.getTime() > new Date(deadlineAt).getTime() + SUBMIT_GRACE_SECONDS * 1000
}

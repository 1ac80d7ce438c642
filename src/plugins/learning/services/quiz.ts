/**
 * Quiz attempts: start (server records the start and the deadline, serves a paper without the
 * answer key), submit (server grades). Late rule: see `isLate` in grading.ts — a submission after
 * the deadline (+10 s grace) is refused with 409 and the attempt closes as `expired`, score 0.
 */
import type { PayloadRequest } from 'payload'

import { badRequest, conflict, forbidden, notFound } from '../../../endpoints/http'
import { idOf } from './db'
import { rows, sql } from '../../../db/transaction'
import { requireLearningEnrollment } from './enrollment'
import { afterLearningAction, awardXp, recordQuizOutcome, touchStreak } from './gamification'
import { type Answer, type PaperQuestion, type QuestionKey, SUBMIT_GRACE_SECONDS, buildPaper, gradeAttempt, isLate } from './grading'
import { assertModuleOpen, courseState, syncEnrollment } from './progress'
import { attemptTransitionError } from './transitions'

type Id = number | string

const toKey = (q: any): QuestionKey => ({
  id: q.id,
  type: q.type,
  text: q.text,
  points: Number(q.points ?? 1),
  options: (q.options ?? []).map((o: any) => ({ id: String(o.id), text: o.text, correct: Boolean(o.correct) })),
  correctBoolean: q.correctBoolean,
  acceptedAnswers: q.acceptedAnswers ?? [],
  explanation: q.explanation,
})

/** What a learner sees of an attempt: never the answer key before submission. */
export function publicAttempt(a: any, quiz?: { maxAttempts?: null | number }, used?: number) {
  const submitted = a.status !== 'in_progress'
  return {
    id: a.id,
    quiz: idOf(a.quiz),
    attemptNumber: a.attemptNumber,
    status: a.status,
    startedAt: a.startedAt,
    deadlineAt: a.deadlineAt ?? null,
    submittedAt: a.submittedAt ?? null,
    questions: a.paper as PaperQuestion[],
    ...(quiz && used !== undefined ? { attemptsLeft: Math.max(0, (quiz.maxAttempts ?? 1) - used) } : {}),
    ...(submitted ? { score: a.score, totalPoints: a.totalPoints, percentage: a.percentage, passed: a.passed, answers: a.answers, correction: a.correction } : {}),
  }
}

/** Closes the learner's overdue attempts of a quiz as expired (score 0). */
async function expireOverdue(req: PayloadRequest, userId: Id, quizId: Id) {
  await rows(
    req,
    sql`UPDATE quiz_attempts SET status = 'expired', score = 0, percentage = 0, passed = false, submitted_at = now(), updated_at = now()
        WHERE user_id = ${idOf(userId)} AND quiz_id = ${idOf(quizId)} AND status = 'in_progress'
          AND deadline_at IS NOT NULL AND deadline_at + make_interval(secs => ${SUBMIT_GRACE_SECONDS}) < now()`,
  )
}

export async function startAttempt(req: PayloadRequest, quizId: Id, now = new Date()) {
  const user = req.user!
  const quiz = await req.payload.findByID({ collection: 'quizzes', id: quizId, depth: 0, req, overrideAccess: false, user, disableErrors: true })
  if (!quiz || !quiz.published) throw notFound('Quiz not found.')
  const courseId = idOf(quiz.course)
  const enrollment = await requireLearningEnrollment(req, courseId)
  if (quiz.lesson) {
    const lesson = await req.payload.findByID({ collection: 'lessons', id: idOf(quiz.lesson), depth: 0, req, overrideAccess: true, disableErrors: true })
    if (lesson?.module) assertModuleOpen(await courseState(req, courseId, enrollment.id, user.id), lesson.module)
  }
  await expireOverdue(req, user.id, quiz.id)
  const mine = await req.payload.find({
    collection: 'quiz-attempts', where: { and: [{ user: { equals: user.id } }, { quiz: { equals: quiz.id } }] }, sort: '-attemptNumber', limit: 1000, depth: 0, req, overrideAccess: true,
  })
  const open = mine.docs.find((a) => a.status === 'in_progress')
  if (open) return { attempt: publicAttempt(open, quiz, mine.totalDocs), resumed: true }
  if (mine.totalDocs >= quiz.maxAttempts) {
    throw conflict(`You have used all ${quiz.maxAttempts} attempts for this quiz.`, { maxAttempts: quiz.maxAttempts })
  }
  const questions = await req.payload.find({
    collection: 'quiz-questions', where: { and: [{ quiz: { equals: quiz.id } }, { active: { equals: true } }] }, sort: '_order', limit: 500, depth: 0, req, overrideAccess: true,
  })
  if (!questions.docs.length) throw conflict('This quiz has no questions yet.')
  const paper = buildPaper(questions.docs.map(toKey), quiz)
  const deadlineAt = quiz.timeLimitMinutes ? new Date(now.getTime() + quiz.timeLimitMinutes * 60_000).toISOString() : null
  const number = (mine.docs[0]?.attemptNumber ?? 0) + 1
  // unique (user, quiz, attemptNumber): two concurrent starts cannot both take the same slot
  const ins = await rows<{ id: number }>(
    req,
    sql`INSERT INTO quiz_attempts (user_id, quiz_id, course_id, attempt_number, status, started_at, deadline_at, paper, answers, passed, created_at, updated_at)
        VALUES (${idOf(user.id)}, ${quiz.id}, ${courseId}, ${number}, 'in_progress', ${now.toISOString()}, ${deadlineAt}, ${JSON.stringify(paper)}::jsonb, '{}'::jsonb, false, now(), now())
        ON CONFLICT (user_id, quiz_id, attempt_number) DO NOTHING RETURNING id`,
  )
  if (!ins.length) throw conflict('Another attempt of this quiz was started at the same time; open it instead.')
  const attempt = await req.payload.findByID({ collection: 'quiz-attempts', id: ins[0].id, depth: 0, req, overrideAccess: true })
  return { attempt: publicAttempt(attempt, quiz, number), resumed: false }
}

export async function submitAttempt(req: PayloadRequest, attemptId: Id, answers: Record<string, Answer>, now = new Date()) {
  const user = req.user!
  const attempt = await req.payload.findByID({ collection: 'quiz-attempts', id: attemptId, depth: 0, req, overrideAccess: false, user, disableErrors: true })
  if (!attempt) throw notFound('Quiz attempt not found.')
  if (idOf(attempt.user) !== idOf(user.id)) throw forbidden('Only the learner who started this attempt can submit it.')
  const reason = attemptTransitionError(attempt.status, 'submitted', 'learner')
  if (reason) throw conflict(reason)
  if (isLate(attempt.deadlineAt, now)) {
    await rows(req, sql`UPDATE quiz_attempts SET status = 'expired', score = 0, percentage = 0, passed = false, submitted_at = now(), updated_at = now() WHERE id = ${attempt.id} AND status = 'in_progress'`)
    throw conflict(`Time is up: this attempt closed at ${new Date(attempt.deadlineAt!).toISOString()}. Late submissions are not accepted; the attempt counts with a score of 0.`)
  }
  const paper = (attempt.paper ?? []) as PaperQuestion[]
  const known = new Set(paper.map((p) => String(p.id)))
  const unknown = Object.keys(answers).filter((k) => !known.has(k))
  if (unknown.length) throw badRequest(`answers: unknown question id(s) ${unknown.join(', ')} for this attempt.`)
  const quiz = await req.payload.findByID({ collection: 'quizzes', id: idOf(attempt.quiz), depth: 0, req, overrideAccess: true })
  const keys = await req.payload.find({ collection: 'quiz-questions', where: { id: { in: [...known] } }, limit: 500, depth: 0, req, overrideAccess: true })
  const graded = gradeAttempt(keys.docs.map(toKey), paper, answers, Number(quiz.passingScore ?? 70))
  const seconds = Math.max(0, Math.round((now.getTime() - new Date(attempt.startedAt).getTime()) / 1000))
  const done = await rows(
    req,
    sql`UPDATE quiz_attempts SET status = 'submitted', submitted_at = ${now.toISOString()}, answers = ${JSON.stringify(answers)}::jsonb,
          correction = ${JSON.stringify(graded.results)}::jsonb, score = ${graded.score}, total_points = ${graded.totalPoints},
          percentage = ${graded.percentage}, passed = ${graded.passed}, time_spent_seconds = ${seconds}, updated_at = now()
        WHERE id = ${attempt.id} AND status = 'in_progress' RETURNING id`,
  )
  if (!done.length) throw conflict('This attempt was already submitted.')
  const course = await req.payload.findByID({ collection: 'courses', id: idOf(attempt.course), depth: 0, req, overrideAccess: true })
  const u = idOf(user.id)
  if (graded.passed) await awardXp(req, { user: u, action: 'quiz_passed', sourceKey: `quiz_passed:${u}:${quiz.id}`, course: course.id, category: course.category as Id })
  if (graded.perfect) await awardXp(req, { user: u, action: 'perfect_quiz', sourceKey: `perfect_quiz:${u}:${quiz.id}`, course: course.id, category: course.category as Id })
  await recordQuizOutcome(req, u, graded.perfect)
  await touchStreak(req, u)
  const enrollment = await requireLearningEnrollment(req, course.id)
  const after = await syncEnrollment(req, enrollment.id)
  await afterLearningAction(req, u)
  const fresh = await req.payload.findByID({ collection: 'quiz-attempts', id: attempt.id, depth: 0, req, overrideAccess: true })
  const used = await req.payload.count({ collection: 'quiz-attempts', where: { and: [{ user: { equals: u } }, { quiz: { equals: quiz.id } }] }, req, overrideAccess: true })
  return { attempt: publicAttempt(fresh, quiz, used.totalDocs), enrollment: after }
}

/**
 * Demo data: two categories, three courses (one with a prerequisite) with modules, lessons and
 * quizzes, badges and a running challenge; one learner mid-way and one certified — both reached
 * through the real services so progress, XP, badges and the certificate are consistent.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedContext } from '../../seed/core'

import { hasCollection } from '../../lib/has-collection'
import { logger } from '../../lib/logger'
import { enroll } from './services/enrollment'
import { recordLessonProgress } from './services/progress'
import { startAttempt, submitAttempt } from './services/quiz'

const text = (s: string) => ({
  root: { type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, children: [
    { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr' as const, textFormat: 0, children: [{ type: 'text', text: s, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] },
  ] },
})

type CourseSpec = { title: string; category: number; modules: { title: string; lessons: string[] }[]; final: boolean; prerequisite?: number; price?: number }

export async function seedLearning(payload: Payload, context: SeedContext): Promise<void> {
  const instructor = context.usersByRole.instructor?.[0]
  const students = context.usersByRole.student ?? []
  if (!instructor) {
    logger.warn('learning seed: no instructor in the seed context, skipped')
    return
  }
  const opts = { overrideAccess: true, context: { skipAudit: true } } as const
  const cat1 = await payload.create({ collection: 'course-categories', data: { name: 'Théorie de la danse', description: 'Histoire, musique et rythme.', color: '#8e24aa', icon: 'music' }, ...opts })
  const cat2 = await payload.create({ collection: 'course-categories', data: { name: 'Entrepreneuriat', description: 'Créer et gérer son activité.', color: '#1e88e5', icon: 'briefcase' }, ...opts })

  const makeCourse = async (spec: CourseSpec) => {
    const course = await payload.create({
      collection: 'courses',
      data: {
        title: spec.title, category: spec.category, instructor: Number(instructor.id), shortDescription: `${spec.title} — cours de démonstration.`,
        description: text(`Bienvenue dans « ${spec.title} ».`), difficulty: 'beginner', language: 'fr', price: spec.price ?? 0, currency: 'XOF',
        prerequisite: spec.prerequisite, durationMinutes: 90, _status: 'published', thumbnail: context.mediaIds[0] as number | undefined,
      },
      ...opts,
    })
    const lessons: number[] = []
    for (const [mi, m] of spec.modules.entries()) {
      const mod = await payload.create({ collection: 'course-modules', data: { course: course.id, title: m.title, unlockRule: mi === 0 ? 'always' : 'sequential' }, ...opts })
      for (const lt of m.lessons) {
        const lesson = await payload.create({
          collection: 'lessons',
          data: { course: course.id, module: mod.id, title: lt, contentType: 'text', body: text(`Contenu de la leçon « ${lt} ».`), durationMinutes: 10, required: true, _status: 'published' },
          ...opts,
        })
        lessons.push(lesson.id)
      }
    }
    const quizIds: number[] = []
    const quiz = await payload.create({ collection: 'quizzes', data: { title: `${spec.title} — quiz de module`, course: course.id, lesson: lessons[0], passingScore: 50, maxAttempts: 3, published: true }, ...opts })
    quizIds.push(quiz.id)
    await payload.create({ collection: 'quiz-questions', data: { quiz: quiz.id, text: 'La bachata vient de République dominicaine.', type: 'true_false', correctBoolean: true, points: 1 }, ...opts })
    if (spec.final) {
      const final = await payload.create({ collection: 'quizzes', data: { title: `${spec.title} — examen final`, course: course.id, isFinal: true, passingScore: 70, maxAttempts: 3, timeLimitMinutes: 20, published: true }, ...opts })
      quizIds.push(final.id)
      await payload.create({ collection: 'quiz-questions', data: { quiz: final.id, text: 'Combien de temps compte une mesure de bachata ?', type: 'multiple_choice', points: 2, options: [{ text: '4', correct: false }, { text: '8', correct: true }, { text: '3', correct: false }] }, ...opts })
      await payload.create({ collection: 'quiz-questions', data: { quiz: final.id, text: 'Nommez le pas de base (un mot).', type: 'short_answer', points: 1, acceptedAnswers: [{ value: 'basico' }, { value: 'básico' }] }, ...opts })
    }
    return { course, lessons, quizIds }
  }

  const c1 = await makeCourse({ title: 'Histoire de la bachata', category: cat1.id, final: true, modules: [{ title: 'Origines', lessons: ['Les racines', 'Les années 60'] }, { title: 'Modernité', lessons: ['La bachata moderne'] }] })
  await makeCourse({ title: 'Musicalité avancée', category: cat1.id, final: true, prerequisite: c1.course.id, modules: [{ title: 'Rythme', lessons: ['Compter la musique', 'Les accents'] }] })
  await makeCourse({ title: 'Lancer son école de danse', category: cat2.id, final: false, price: 15000, modules: [{ title: 'Bases', lessons: ['Statuts', 'Tarifs'] }] })

  await payload.create({ collection: 'badges', data: { name: 'Premier pas', description: 'Terminer une première leçon.', tier: 'bronze', category: 'progression', criteria: { type: 'lessons_completed', value: 1 } }, ...opts })
  await payload.create({ collection: 'badges', data: { name: 'Diplômé', description: 'Terminer un cours.', tier: 'silver', category: 'progression', criteria: { type: 'courses_completed', value: 1 } }, ...opts })
  await payload.create({ collection: 'badges', data: { name: 'Sans faute', description: 'Un quiz parfait.', tier: 'gold', category: 'quiz', criteria: { type: 'perfect_quizzes', value: 1 } }, ...opts })
  const now = Date.now()
  await payload.create({ collection: 'challenges', data: { name: 'Trois leçons cette semaine', type: 'weekly', criteria: { type: 'lessons_completed', value: 3 }, rewardXp: 40, startDate: new Date(now - 86_400_000).toISOString(), endDate: new Date(now + 6 * 86_400_000).toISOString() }, ...opts })

  // learners act through the same services as the API
  const asUser = async (id: number | string): Promise<PayloadRequest> => {
    const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  }
  const [certified, midway] = students
  if (certified) {
    const req = await asUser(certified.id)
    await enroll(req, c1.course.id)
    for (const l of c1.lessons) await recordLessonProgress(req, l, { status: 'completed', timeSpentSeconds: 600 })
    for (const q of c1.quizIds) {
      const { attempt } = await startAttempt(req, q)
      const keys = await payload.find({ collection: 'quiz-questions', where: { quiz: { equals: q } }, depth: 0, overrideAccess: true })
      const answers: Record<string, boolean | string | string[]> = {}
      for (const k of keys.docs) {
        answers[String(k.id)] = k.type === 'true_false' ? Boolean(k.correctBoolean) : k.type === 'short_answer' ? (k.acceptedAnswers?.[0]?.value ?? '') : (k.options ?? []).filter((o) => o.correct).map((o) => String(o.id))
      }
      await submitAttempt(req, attempt.id, answers)
    }
  }
  if (midway) {
    const req = await asUser(midway.id)
    await enroll(req, c1.course.id)
    await recordLessonProgress(req, c1.lessons[0], { status: 'completed', timeSpentSeconds: 420 })
    await recordLessonProgress(req, c1.lessons[1], { percentage: 40, timeSpentSeconds: 180 })
  }
  if (hasCollection(payload, 'messages')) {
    // an announcement to the first course's learners, in their inbox (GET /api/messages/me)
    await payload.create({
      collection: 'messages',
      data: { kind: 'broadcast', sender: Number(instructor.id), audienceCourses: [c1.course.id], subject: `${c1.course.title} : supports du module 2 en ligne`, body: 'Les supports du module 2 sont en ligne. Bonne pratique !' },
      overrideAccess: true,
    })
  }
  logger.info('learning seed: 2 categories, 3 courses, badges, a challenge, one certified and one mid-way learner, a course announcement')
}

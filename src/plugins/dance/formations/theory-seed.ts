/**
 * Theory (seed 000's TheoryCourse / TheoryLesson / TheoryQuiz / UserTheoryProgress) is served by
 * the `learning` plugin: courses, modules, lessons, quizzes with their questions, enrollments and
 * progress. This seeds, in French, a free theory course in the course category "Théorie" (created
 * when missing): modules, lessons, and one single-question quiz per lesson whose options carry the
 * correct answer and whose explanation the learner sees once the quiz is submitted.
 * Does nothing when the learning plugin is off.
 */
import type { Payload } from 'payload'

import type { SeedContext } from '../../../seed/core'

import { hasCollection } from '../../../lib/has-collection'
import { logger } from '../../../lib/logger'
import { richText } from './seed'

export const THEORY_CATEGORY = 'Théorie'
export const THEORY_COURSE_TITLE = 'Comprendre la bachata : rythme, histoire et styles'

type Question = { text: string; options: { text: string; correct?: boolean }[]; explanation: string }
type LessonSpec = { title: string; body: string[]; minutes: number; quiz: Question }

const MODULES: { title: string; description: string; lessons: LessonSpec[] }[] = [
  {
    title: 'Rythme et structure',
    description: 'Compter la musique et reconnaître ses instruments.',
    lessons: [
      {
        title: 'Compter les huit temps',
        minutes: 8,
        body: ['Une phrase de bachata compte huit temps : 1-2-3-tap, 5-6-7-tap.', 'Le tap tombe sur le 4 et le 8 ; il peut devenir un mouvement de hanche.'],
        quiz: {
          text: 'Sur quels temps tombe le tap dans le pas de base ?',
          options: [{ text: 'Le 1 et le 5' }, { text: 'Le 4 et le 8', correct: true }, { text: 'Le 2 et le 6' }],
          explanation: 'On fait trois pas (1-2-3) puis un tap sur le 4 ; même chose de l’autre côté sur 5-6-7 et le tap sur le 8.',
        },
      },
      {
        title: 'Les instruments de la bachata',
        minutes: 10,
        body: ['Requinto, segunda, basse, bongo et güira forment l’orchestre classique.', 'Le requinto joue la mélodie ; la güira marque chaque temps.'],
        quiz: {
          text: 'Quel instrument joue la mélodie principale ?',
          options: [{ text: 'La güira' }, { text: 'Le bongo' }, { text: 'Le requinto', correct: true }],
          explanation: 'Le requinto, guitare aiguë, porte la mélodie ; la güira et le bongo tiennent le rythme.',
        },
      },
    ],
  },
  {
    title: 'Histoire et styles',
    description: 'D’où vient la bachata et comment elle a évolué.',
    lessons: [
      {
        title: 'Les origines dominicaines',
        minutes: 9,
        body: ['La bachata naît en République dominicaine dans les années 1960.', 'Longtemps méprisée, elle devient populaire dans les années 1990.'],
        quiz: {
          text: 'Dans quel pays la bachata est-elle née ?',
          options: [{ text: 'Cuba' }, { text: 'La République dominicaine', correct: true }, { text: 'Porto Rico' }],
          explanation: 'La bachata vient des campagnes et des quartiers populaires de République dominicaine, dans les années 1960.',
        },
      },
      {
        title: 'Dominicaine, moderne, sensuelle',
        minutes: 12,
        body: ['La bachata dominicaine joue avec les pieds et le rythme ; la moderne ajoute des tours.', 'La sensuelle, née en Espagne, travaille les ondulations et le contact.'],
        quiz: {
          text: 'Où est née la bachata sensuelle ?',
          options: [{ text: 'En Espagne', correct: true }, { text: 'En République dominicaine' }, { text: 'Aux États-Unis' }],
          explanation: 'La bachata sensuelle a été créée en Espagne (Cadix) dans les années 2000 par Korke et Judith.',
        },
      },
    ],
  },
]

export async function seedTheory(payload: Payload, context: SeedContext): Promise<void> {
  if (!hasCollection(payload, 'courses') || !hasCollection(payload, 'quizzes')) return
  const opts = { overrideAccess: true, context: { skipAudit: true } } as const
  const existing = await payload.find({ collection: 'course-categories', where: { name: { equals: THEORY_CATEGORY } }, locale: 'fr', limit: 1, depth: 0, ...opts })
  const category =
    existing.docs[0]?.id ??
    (await payload.create({ collection: 'course-categories', data: { name: THEORY_CATEGORY, description: 'Le rythme, la musique et l’histoire de la danse.', color: '#6a1b9a', icon: 'book' }, locale: 'fr', ...opts })).id
  const instructor = Number(context.usersByRole.instructor?.[0]?.id ?? context.admin.id)
  const course = await payload.create({
    collection: 'courses',
    data: {
      title: THEORY_COURSE_TITLE,
      category,
      instructor,
      shortDescription: 'Le rythme, les instruments, l’histoire et les styles de la bachata, avec un quiz par leçon.',
      description: richText('Un parcours théorique gratuit pour comprendre ce que vous dansez.', 'Chaque leçon se termine par une question : l’explication s’affiche une fois votre réponse envoyée.'),
      difficulty: 'beginner',
      language: 'fr',
      price: 0,
      currency: 'XOF',
      durationMinutes: MODULES.flatMap((m) => m.lessons).reduce((s, l) => s + l.minutes, 0),
      thumbnail: context.mediaIds[0] as number | undefined,
      _status: 'published',
    },
    locale: 'fr',
    ...opts,
  })
  let lessons = 0
  for (const m of MODULES) {
    const mod = await payload.create({ collection: 'course-modules', data: { course: course.id, title: m.title, description: m.description, unlockRule: 'always' }, locale: 'fr', ...opts })
    for (const l of m.lessons) {
      const lesson = await payload.create({
        collection: 'lessons',
        data: { course: course.id, module: mod.id, title: l.title, contentType: 'text', body: richText(...l.body), durationMinutes: l.minutes, required: true, _status: 'published' },
        locale: 'fr',
        ...opts,
      })
      const quiz = await payload.create({
        collection: 'quizzes',
        data: { title: `Quiz — ${l.title}`, course: course.id, lesson: lesson.id, passingScore: 100, maxAttempts: 3, shuffleOptions: true, published: true },
        locale: 'fr',
        ...opts,
      })
      await payload.create({
        collection: 'quiz-questions',
        data: { quiz: quiz.id, type: 'multiple_choice', text: l.quiz.text, options: l.quiz.options.map((o) => ({ text: o.text, correct: Boolean(o.correct) })), explanation: l.quiz.explanation, points: 1 },
        locale: 'fr',
        ...opts,
      })
      lessons++
    }
  }
  logger.info(`theory seed: course "${THEORY_COURSE_TITLE}" in "${THEORY_CATEGORY}" with ${MODULES.length} modules, ${lessons} lessons and quizzes`)
}

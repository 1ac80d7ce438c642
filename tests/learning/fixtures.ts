/** Course fixtures for the learning tests, made through the Local API (trusted). */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

const opts = { overrideAccess: true } as const

export async function makeCategory(payload: Payload, name = `Cat ${randomBytes(3).toString('hex')}`) {
  return payload.create({ collection: 'course-categories', data: { name, color: '#112233' }, ...opts })
}

export type CourseFixture = Awaited<ReturnType<typeof makeCourse>>

/**
 * A published course: module A (always open, 2 lessons), module B (sequential, 1 lesson), a lesson
 * quiz (2 attempts, pass 50%) with a multi-answer MCQ, a true/false and a short answer, and a final
 * quiz (10 min, pass 70%, 3 attempts) with one MCQ.
 */
export async function makeCourse(
  payload: Payload,
  o: { instructor: number; category: number; price?: number; prerequisite?: number; enrollmentDeadline?: string; publish?: boolean; title?: string },
) {
  const course = await payload.create({
    collection: 'courses',
    data: {
      title: o.title ?? `Course ${randomBytes(3).toString('hex')}`,
      instructor: o.instructor, category: o.category, price: o.price ?? 0, currency: 'XOF',
      prerequisite: o.prerequisite, enrollmentDeadline: o.enrollmentDeadline,
      _status: o.publish === false ? 'draft' : 'published',
    },
    draft: o.publish === false,
    ...opts,
  })
  const modA = await payload.create({ collection: 'course-modules', data: { course: course.id, title: 'A', unlockRule: 'always' }, ...opts })
  const modB = await payload.create({ collection: 'course-modules', data: { course: course.id, title: 'B', unlockRule: 'sequential' }, ...opts })
  const lesson = (title: string, mod: number) =>
    payload.create({ collection: 'lessons', data: { course: course.id, module: mod, title, contentType: 'text', required: true, _status: 'published' }, ...opts })
  const l1 = await lesson('L1', modA.id)
  const l2 = await lesson('L2', modA.id)
  const l3 = await lesson('L3', modB.id)
  const quiz = await payload.create({ collection: 'quizzes', data: { title: 'Lesson quiz', course: course.id, lesson: l1.id, passingScore: 50, maxAttempts: 2, shuffleOptions: true, published: true }, ...opts })
  const mcq = await payload.create({
    collection: 'quiz-questions',
    data: { quiz: quiz.id, text: 'Pick the even numbers', type: 'multiple_choice', points: 2, options: [
      { text: 'two', correct: true }, { text: 'three', correct: false }, { text: 'four', correct: true }, { text: 'five', correct: false }, { text: 'seven', correct: false }, { text: 'nine', correct: false },
    ] },
    ...opts,
  })
  const tf = await payload.create({ collection: 'quiz-questions', data: { quiz: quiz.id, text: 'The sky is green', type: 'true_false', correctBoolean: false, points: 1 }, ...opts })
  const sa = await payload.create({ collection: 'quiz-questions', data: { quiz: quiz.id, text: 'Capital of Senegal', type: 'short_answer', points: 1, acceptedAnswers: [{ value: 'Dakar' }] }, ...opts })
  const final = await payload.create({ collection: 'quizzes', data: { title: 'Final', course: course.id, isFinal: true, passingScore: 70, maxAttempts: 3, timeLimitMinutes: 10, published: true }, ...opts })
  const fq = await payload.create({
    collection: 'quiz-questions',
    data: { quiz: final.id, text: 'Two plus two', type: 'multiple_choice', points: 1, options: [{ text: '4', correct: true }, { text: '5', correct: false }, { text: '22', correct: false }] },
    ...opts,
  })
  const optionId = (q: typeof mcq, text: string) => String(q.options!.find((x) => x.text === text)!.id)
  return {
    course, modA, modB, l1, l2, l3, quiz, final,
    questions: { mcq, tf, sa, fq },
    /** All-correct answers of the lesson quiz, and of the final. */
    correctLesson: { [mcq.id]: [optionId(mcq, 'two'), optionId(mcq, 'four')], [tf.id]: false, [sa.id]: '  dakar ' } as Record<string, unknown>,
    wrongLesson: { [mcq.id]: [optionId(mcq, 'two')], [tf.id]: true, [sa.id]: 'Abidjan' } as Record<string, unknown>,
    correctFinal: { [fq.id]: [optionId(fq, '4')] } as Record<string, unknown>,
    wrongFinal: { [fq.id]: [optionId(fq, '5')] } as Record<string, unknown>,
  }
}

import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { ValidationError } from 'payload'

import { assertOwnsParentCourse, canAuthor, ownCourseContent, relId } from '../access'
import { GROUP, l } from '../labels'

/** Copies the quiz's course onto the question (ownership) and checks the answer key is usable. */
const deriveCourseAndCheckKey: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const quizId = relId(data.quiz) ?? relId(originalDoc?.quiz)
  if (quizId) {
    const quiz = await req.payload.findByID({ collection: 'quizzes', id: quizId, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!quiz) throw new ValidationError({ collection: 'quiz-questions', errors: [{ path: 'quiz', message: 'Unknown quiz.' }] })
    data.course = relId(quiz.course)
  }
  const type = data.type ?? originalDoc?.type
  const options = (data.options ?? originalDoc?.options ?? []) as { correct?: boolean }[]
  const accepted = (data.acceptedAnswers ?? originalDoc?.acceptedAnswers ?? []) as unknown[]
  const errors: { path: string; message: string }[] = []
  if (type === 'multiple_choice') {
    if (options.length < 2) errors.push({ path: 'options', message: 'A multiple-choice question needs at least two options.' })
    if (!options.some((o) => o.correct)) errors.push({ path: 'options', message: 'Mark at least one option as correct.' })
  }
  if (type === 'true_false' && typeof (data.correctBoolean ?? originalDoc?.correctBoolean) !== 'boolean') {
    errors.push({ path: 'correctBoolean', message: 'Choose whether the statement is true or false.' })
  }
  if (type === 'short_answer' && accepted.length === 0) errors.push({ path: 'acceptedAnswers', message: 'Give at least one accepted answer.' })
  if (errors.length) throw new ValidationError({ collection: 'quiz-questions', errors })
  return data
}

export const QuizQuestions: CollectionConfig = {
  slug: 'quiz-questions',
  labels: { singular: l('Quiz question', 'Question de quiz'), plural: l('Quiz questions', 'Questions de quiz') },
  admin: { group: GROUP, useAsTitle: 'text', defaultColumns: ['text', 'quiz', 'type', 'points', 'active'] },
  orderable: true,
  defaultSort: '_order',
  // the answer key: only the course's instructor and admins read questions; learners get them
  // (without the key) through the attempt they start
  access: { read: ownCourseContent(), create: canAuthor, update: ownCourseContent(), delete: ownCourseContent() },
  hooks: { beforeChange: [deriveCourseAndCheckKey, assertOwnsParentCourse] },
  fields: [
    { name: 'quiz', type: 'relationship', relationTo: 'quizzes', required: true, index: true, label: l('Quiz', 'Quiz') },
    { name: 'course', type: 'relationship', relationTo: 'courses', index: true, label: l('Course', 'Cours'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'text', type: 'textarea', required: true, localized: true, label: l('Question', 'Question') },
    { name: 'type', type: 'select', required: true, defaultValue: 'multiple_choice', label: l('Type', 'Type'), options: [
      { value: 'multiple_choice', label: l('Multiple choice', 'Choix multiple') },
      { value: 'true_false', label: l('True / false', 'Vrai / faux') },
      { value: 'short_answer', label: l('Short answer', 'Réponse courte') },
    ] },
    { name: 'options', type: 'array', label: l('Options', 'Choix'), admin: { condition: (_, s) => s?.type === 'multiple_choice' }, fields: [
      { name: 'text', type: 'text', required: true, localized: true, label: l('Text', 'Texte') },
      { name: 'correct', type: 'checkbox', defaultValue: false, label: l('Correct', 'Correcte') },
    ] },
    { name: 'correctBoolean', type: 'checkbox', label: l('The statement is true', "L'affirmation est vraie"), admin: { condition: (_, s) => s?.type === 'true_false' } },
    { name: 'acceptedAnswers', type: 'array', label: l('Accepted answers', 'Réponses acceptées'), admin: { condition: (_, s) => s?.type === 'short_answer' }, fields: [
      { name: 'value', type: 'text', required: true, label: l('Answer', 'Réponse') },
    ] },
    { name: 'explanation', type: 'textarea', localized: true, label: l('Explanation (shown after submitting)', 'Explication (affichée après envoi)') },
    { type: 'row', fields: [
      { name: 'points', type: 'number', min: 0, defaultValue: 1, required: true, label: l('Points', 'Points') },
      { name: 'active', type: 'checkbox', defaultValue: true, label: l('Active', 'Active') },
    ] },
  ],
}

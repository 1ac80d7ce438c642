import type { CollectionConfig } from 'payload'

import { quizAttemptEndpoints } from '../endpoints/quiz-attempts'
import { GROUP, l } from '../labels'
import { adminOnly, readOwnOrCourse } from './system'

const ro = { readOnly: true }

export const QuizAttempts: CollectionConfig = {
  slug: 'quiz-attempts',
  labels: { singular: l('Quiz attempt', 'Tentative de quiz'), plural: l('Quiz attempts', 'Tentatives de quiz') },
  admin: { group: GROUP, defaultColumns: ['quiz', 'user', 'attemptNumber', 'status', 'percentage', 'passed'] },
  // attempts are started and submitted through their endpoints only
  access: { read: readOwnOrCourse('course.instructor'), create: () => false, update: () => false, delete: adminOnly },
  endpoints: quizAttemptEndpoints,
  indexes: [{ fields: ['user', 'quiz', 'attemptNumber'], unique: true }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: ro, label: l('Learner', 'Apprenant') },
    { name: 'quiz', type: 'relationship', relationTo: 'quizzes', required: true, index: true, admin: ro, label: l('Quiz', 'Quiz') },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, admin: ro, label: l('Course', 'Cours') },
    { name: 'attemptNumber', type: 'number', required: true, admin: ro, label: l('Attempt #', 'Tentative n°') },
    { name: 'status', type: 'select', required: true, defaultValue: 'in_progress', index: true, admin: ro, label: l('Status', 'Statut'), options: [
      { value: 'in_progress', label: l('In progress', 'En cours') },
      { value: 'submitted', label: l('Submitted', 'Envoyée') },
      { value: 'expired', label: l('Expired (time limit)', 'Expirée (temps écoulé)') },
    ] },
    { name: 'startedAt', type: 'date', required: true, admin: { ...ro, date: { pickerAppearance: 'dayAndTime' } }, label: l('Started at', 'Commencée le') },
    { name: 'deadlineAt', type: 'date', admin: { ...ro, date: { pickerAppearance: 'dayAndTime' } }, label: l('Deadline', 'Échéance') },
    { name: 'submittedAt', type: 'date', admin: { ...ro, date: { pickerAppearance: 'dayAndTime' } }, label: l('Submitted at', 'Envoyée le') },
    /** Questions as served for this attempt: order, option order, no answer key. */
    { name: 'paper', type: 'json', admin: ro, label: l('Questions served', 'Questions servies') },
    { name: 'answers', type: 'json', admin: ro, label: l('Answers', 'Réponses') },
    /** Per-question correction; filled at submission only. */
    { name: 'correction', type: 'json', admin: ro, label: l('Correction', 'Correction') },
    { type: 'row', fields: [
      { name: 'score', type: 'number', min: 0, admin: ro, label: l('Score', 'Score') },
      { name: 'totalPoints', type: 'number', min: 0, admin: ro, label: l('Total points', 'Points totaux') },
      { name: 'percentage', type: 'number', min: 0, max: 100, admin: ro, label: l('Percentage', 'Pourcentage') },
      { name: 'passed', type: 'checkbox', defaultValue: false, index: true, admin: ro, label: l('Passed', 'Réussie') },
    ] },
    { name: 'timeSpentSeconds', type: 'number', min: 0, admin: ro, label: l('Time spent (s)', 'Temps passé (s)') },
  ],
}

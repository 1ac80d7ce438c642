import type { CollectionConfig } from 'payload'

import { assertOwnsParentCourse, canAuthor, ownCourseContent, readPublishedOrOwn } from '../access'
import { quizEndpoints } from '../endpoints/quizzes'
import { GROUP, l } from '../labels'

export const Quizzes: CollectionConfig = {
  slug: 'quizzes',
  labels: { singular: l('Quiz', 'Quiz'), plural: l('Quizzes', 'Quiz') },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'course', 'lesson', 'isFinal', 'published'] },
  access: {
    read: readPublishedOrOwn({ and: [{ published: { equals: true } }, { 'course._status': { equals: 'published' } }] }, 'course.instructor'),
    create: canAuthor,
    update: ownCourseContent(),
    delete: ownCourseContent(),
  },
  hooks: { beforeChange: [assertOwnsParentCourse] },
  endpoints: quizEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 255, label: l('Title', 'Titre') },
    { name: 'description', type: 'textarea', localized: true, label: l('Description', 'Description') },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, label: l('Course', 'Cours') },
    { name: 'lesson', type: 'relationship', relationTo: 'lessons', index: true, label: l('Lesson (optional)', 'Leçon (facultatif)') },
    { type: 'row', fields: [
      { name: 'timeLimitMinutes', type: 'number', min: 1, label: l('Time limit (minutes, empty = none)', 'Temps limite (minutes, vide = aucun)') },
      { name: 'passingScore', type: 'number', min: 0, max: 100, defaultValue: 70, required: true, label: l('Passing score (%)', 'Score de réussite (%)') },
      { name: 'maxAttempts', type: 'number', min: 1, defaultValue: 3, required: true, label: l('Max attempts', 'Tentatives max') },
    ] },
    { type: 'row', fields: [
      { name: 'isFinal', type: 'checkbox', defaultValue: false, label: l('Final quiz of the course', 'Quiz final du cours') },
      { name: 'shuffleQuestions', type: 'checkbox', defaultValue: false, label: l('Shuffle questions per attempt', 'Mélanger les questions') },
      { name: 'shuffleOptions', type: 'checkbox', defaultValue: true, label: l('Shuffle options per attempt', 'Mélanger les réponses') },
      { name: 'published', type: 'checkbox', defaultValue: false, index: true, label: l('Published', 'Publié') },
    ] },
  ],
}
